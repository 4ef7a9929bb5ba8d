/** Stores comment reply rules; the worker's per-account list is cached briefly and dropped on every write. */
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { OutboundMessageSchema } from "@switchboard/core";
import { KeywordSchema } from "@switchboard/engine";
import { readJsonColumn } from "../../db/json-column.js";
import type { CommentRulesTable, Database } from "../../db/schema.js";
import { newId } from "../../ids.js";
import { AccountCache } from "../automation/account-cache.js";
import { ruleColumnsOf, ruleFieldsOf } from "../automation/rule-columns.js";
import type { CommentRule, CommentRuleDefinition } from "./comment-rule.js";

const KeywordsColumn = z.array(KeywordSchema);
const TagsColumn = z.array(z.string());

export class CommentRuleRepository {
  private readonly cache = new AccountCache<CommentRule[]>();

  constructor(private readonly db: Kysely<Database>) {}

  /** The account's rules, highest priority first, then oldest first. Read fresh from the database. */
  async listForAccount(channelAccountId: string): Promise<CommentRule[]> {
    const rows = await this.db
      .selectFrom("comment_rules")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .orderBy("priority", "desc")
      .orderBy("created_at", "asc")
      .orderBy("id", "asc")
      .execute();
    return rows.map(toCommentRule);
  }

  /** Like `listForAccount`, reused for a few seconds (the worker asks for every comment and message). */
  cachedForAccount(channelAccountId: string): Promise<CommentRule[]> {
    return this.cache.get(channelAccountId, () => this.listForAccount(channelAccountId));
  }

  /** Modules the rules of these accounts open (publishing counts them as reachable). */
  async entryModules(channelAccountIds: readonly string[]): Promise<string[]> {
    if (channelAccountIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("comment_rules")
      .select("module_id")
      .distinct()
      .where("channel_account_id", "in", channelAccountIds)
      .where("module_id", "is not", null)
      .execute();
    return rows.flatMap((row) => (row.module_id === null ? [] : [row.module_id]));
  }

  async get(id: string): Promise<CommentRule | undefined> {
    const row = await this.db.selectFrom("comment_rules").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toCommentRule(row);
  }

  async create(channelAccountId: string, definition: CommentRuleDefinition): Promise<CommentRule> {
    const now = Date.now();
    const row = {
      id: newId(),
      channel_account_id: channelAccountId,
      ...columnsOf(definition),
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto("comment_rules").values(row).execute();
    this.cache.drop(channelAccountId);
    return toCommentRule(row);
  }

  /** Replaces the rule's definition; undefined when it does not exist. */
  async update(id: string, definition: CommentRuleDefinition): Promise<CommentRule | undefined> {
    const current = await this.get(id);
    if (current === undefined) return undefined;
    await this.db
      .updateTable("comment_rules")
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
    await this.db.deleteFrom("comment_rules").where("id", "=", id).execute();
    this.cache.drop(current.channelAccountId);
    return true;
  }
}

function columnsOf(definition: CommentRuleDefinition) {
  return {
    ...ruleColumnsOf(definition),
    post_id: definition.postId,
    public_reply: definition.publicReply,
    private_reply: definition.privateReply === null ? null : JSON.stringify(definition.privateReply),
    module_id: definition.moduleId,
    tags: JSON.stringify(definition.tags),
  };
}

function toCommentRule(row: Selectable<CommentRulesTable>): CommentRule {
  return {
    ...ruleFieldsOf(row, "comment_rules", KeywordsColumn),
    postId: row.post_id,
    publicReply: row.public_reply,
    privateReply:
      row.private_reply === null
        ? null
        : readJsonColumn(OutboundMessageSchema, row.private_reply, "comment_rules.private_reply"),
    moduleId: row.module_id,
    tags: readJsonColumn(TagsColumn, row.tags, "comment_rules.tags"),
  };
}
