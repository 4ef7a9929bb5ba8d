/**
 * Stores ref links. Codes are unique per account, compared as customers' texts are (`normalizeReply`), so
 * one typed text never means two links. The worker's per-account list is cached briefly.
 */
import { sql } from "kysely";
import type { Kysely, Selectable, Transaction } from "kysely";
import { z } from "zod";
import { AppError } from "@switchboard/core";
import { normalizeReply } from "@switchboard/engine";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database, RefLinksTable } from "../../db/schema.js";
import { newId } from "../../ids.js";
import { AccountCache } from "../automation/account-cache.js";
import type { RefLink, RefLinkInput } from "./ref-link.js";

const TagsColumn = z.array(z.string());

export class RefLinkRepository {
  private readonly cache = new AccountCache<RefLink[]>();

  constructor(private readonly db: Kysely<Database>) {}

  /** Oldest first, read fresh from the database. */
  async listForAccount(channelAccountId: string): Promise<RefLink[]> {
    const rows = await this.db
      .selectFrom("ref_links")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .orderBy("created_at", "asc")
      .orderBy("id", "asc")
      .execute();
    return rows.map(toRefLink);
  }

  /** Like `listForAccount`, reused for a few seconds (`entries` may lag behind meanwhile). */
  cachedForAccount(channelAccountId: string): Promise<RefLink[]> {
    return this.cache.get(channelAccountId, () => this.listForAccount(channelAccountId));
  }

  async get(id: string): Promise<RefLink | undefined> {
    const row = await this.db.selectFrom("ref_links").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toRefLink(row);
  }

  /** 409 `ref_link_code_taken` when another link of the account has the same code. */
  async create(channelAccountId: string, input: RefLinkInput): Promise<RefLink> {
    await this.assertCodeFree(channelAccountId, input.code, undefined);
    const now = Date.now();
    const row = {
      id: newId(),
      channel_account_id: channelAccountId,
      ...columnsOf(input),
      entries: 0,
      created_at: now,
      updated_at: now,
    };
    await this.db
      .insertInto("ref_links")
      .values(row)
      .execute()
      .catch((error: unknown) => rethrowCodeTaken(error, input.code));
    this.cache.drop(channelAccountId);
    return toRefLink(row);
  }

  /** Replaces the link's fields (not its entries); undefined when it does not exist. */
  async update(id: string, input: RefLinkInput): Promise<RefLink | undefined> {
    const current = await this.get(id);
    if (current === undefined) return undefined;
    await this.assertCodeFree(current.channelAccountId, input.code, id);
    await this.db
      .updateTable("ref_links")
      .set({ ...columnsOf(input), updated_at: Date.now() })
      .where("id", "=", id)
      .execute()
      .catch((error: unknown) => rethrowCodeTaken(error, input.code));
    this.cache.drop(current.channelAccountId);
    return this.get(id);
  }

  /** False when it did not exist. */
  async delete(id: string): Promise<boolean> {
    const current = await this.get(id);
    if (current === undefined) return false;
    await this.db.deleteFrom("ref_links").where("id", "=", id).execute();
    this.cache.drop(current.channelAccountId);
    return true;
  }

  /** Counts one more conversation started through the link, in the caller's transaction. */
  async recordEntry(trx: Transaction<Database>, linkId: string): Promise<void> {
    await trx
      .updateTable("ref_links")
      .set({ entries: sql<number>`entries + 1` })
      .where("id", "=", linkId)
      .execute();
  }

  private async assertCodeFree(channelAccountId: string, code: string, exceptId: string | undefined) {
    const folded = normalizeReply(code);
    const clash = (await this.listForAccount(channelAccountId)).find(
      (link) => link.id !== exceptId && normalizeReply(link.code) === folded,
    );
    if (clash !== undefined) throw codeTaken(code, clash.code);
  }
}

function codeTaken(code: string, existing: string): AppError {
  const alike = existing === code ? "" : ` (as "${existing}": case, width and spacing are ignored)`;
  return new AppError(
    "ref_link_code_taken",
    409,
    `code: "${code}" is already used by another ref link of this channel account${alike}`,
    { path: "code" },
  );
}

/** The unique (account, code) index caught a concurrent write the check above missed. */
function rethrowCodeTaken(error: unknown, code: string): never {
  const dbCode = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (dbCode === "23505" || dbCode === "SQLITE_CONSTRAINT_UNIQUE") throw codeTaken(code, code);
  throw error;
}

function columnsOf(input: RefLinkInput) {
  return { code: input.code, name: input.name, module_id: input.moduleId, tags: JSON.stringify(input.tags) };
}

function toRefLink(row: Selectable<RefLinksTable>): RefLink {
  return {
    id: row.id,
    channelAccountId: row.channel_account_id,
    code: row.code,
    name: row.name,
    moduleId: row.module_id,
    tags: readJsonColumn(TagsColumn, row.tags, "ref_links.tags"),
    entries: row.entries,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
