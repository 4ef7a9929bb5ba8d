/** Stores keyword rules; the worker's per-account list is cached briefly and dropped on every write. */
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { AutoReplySchema, KeywordSchema } from "@switchboard/engine";
import type { KeywordRuleDefinition } from "@switchboard/engine";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database, KeywordRulesTable } from "../../db/schema.js";
import { newId } from "../../ids.js";
import { AccountCache } from "./account-cache.js";
import type { KeywordRule } from "./keyword-rule.js";
import { ruleColumnsOf, ruleFieldsOf } from "./rule-columns.js";

const KeywordsColumn = z.array(KeywordSchema).min(1);

export class KeywordRuleRepository {
  private readonly cache = new AccountCache<KeywordRule[]>();

  constructor(private readonly db: Kysely<Database>) {}

  /** The account's rules, highest priority first, then oldest first. Read fresh from the database. */
  async listForAccount(channelAccountId: string): Promise<KeywordRule[]> {
    const rows = await this.db
      .selectFrom("keyword_rules")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .orderBy("priority", "desc")
      .orderBy("created_at", "asc")
      .orderBy("id", "asc")
      .execute();
    return rows.map(toKeywordRule);
  }

  /** Like `listForAccount`, reused for a few seconds (the worker asks for every inbound text). */
  cachedForAccount(channelAccountId: string): Promise<KeywordRule[]> {
    return this.cache.get(channelAccountId, () => this.listForAccount(channelAccountId));
  }

  async get(id: string): Promise<KeywordRule | undefined> {
    const row = await this.db.selectFrom("keyword_rules").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toKeywordRule(row);
  }

  async create(channelAccountId: string, definition: KeywordRuleDefinition): Promise<KeywordRule> {
    const now = Date.now();
    const row = {
      id: newId(),
      channel_account_id: channelAccountId,
      ...columnsOf(definition),
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto("keyword_rules").values(row).execute();
    this.cache.drop(channelAccountId);
    return toKeywordRule(row);
  }

  /** Replaces the rule's definition; undefined when it does not exist. */
  async update(id: string, definition: KeywordRuleDefinition): Promise<KeywordRule | undefined> {
    const current = await this.get(id);
    if (current === undefined) return undefined;
    await this.db
      .updateTable("keyword_rules")
      .set({ ...columnsOf(definition), updated_at: Date.now() })
      .where("id", "=", id)
      .execute();
    this.cache.drop(current.channelAccountId);
    return this.get(id);
  }

  /** False when it did not exist. */
  async delete(id: string): Promise<boolean> {
    const current = await this.get(id);
    if (current === undefined) return false;
    await this.db.deleteFrom("keyword_rules").where("id", "=", id).execute();
    this.cache.drop(current.channelAccountId);
    return true;
  }
}

function columnsOf(definition: KeywordRuleDefinition) {
  return { ...ruleColumnsOf(definition), reply: JSON.stringify(definition.reply) };
}

function toKeywordRule(row: Selectable<KeywordRulesTable>): KeywordRule {
  return {
    ...ruleFieldsOf(row, "keyword_rules", KeywordsColumn),
    reply: readJsonColumn(AutoReplySchema, row.reply, "keyword_rules.reply"),
  };
}
