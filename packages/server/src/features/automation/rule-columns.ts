/**
 * The columns keyword rules and comment rules share (name, keywords as JSON, priority, the on/off flag,
 * identity and times): how a definition writes them and how a stored row reads back.
 */
import type { z } from "zod";
import type { Keyword } from "@switchboard/engine";
import { readJsonColumn } from "../../db/json-column.js";

interface RuleBasics {
  name: string;
  keywords: readonly Keyword[];
  priority: number;
  enabled: boolean;
}

interface RuleRow {
  id: string;
  channel_account_id: string;
  name: string;
  keywords: string;
  priority: number;
  enabled: number;
  created_at: number;
  updated_at: number;
}

/** The shared columns of a definition, as stored (enabled as 1 or 0). */
export function ruleColumnsOf(rule: RuleBasics) {
  return {
    name: rule.name,
    keywords: JSON.stringify(rule.keywords),
    priority: rule.priority,
    enabled: rule.enabled ? 1 : 0,
  };
}

/** The shared fields of a stored rule; its keywords are read through the table's own schema. */
export function ruleFieldsOf(row: RuleRow, table: string, keywordsColumn: z.ZodType<Keyword[]>) {
  return {
    id: row.id,
    channelAccountId: row.channel_account_id,
    name: row.name,
    keywords: readJsonColumn(keywordsColumn, row.keywords, `${table}.keywords`),
    priority: row.priority,
    enabled: row.enabled === 1,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}
