/**
 * Stores saved replies. A shortcut is unique among shared replies and among one owner's personal ones,
 * compared case- and width-insensitively (`shortcut_key`); partial unique indexes back the check.
 */
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { AppError, OutboundMessageSchema } from "@switchboard/core";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database, SavedRepliesTable } from "../../db/schema.js";
import { newId } from "../../ids.js";
import { shortcutKey } from "./saved-reply.js";
import type { SavedReply, SavedReplyInput } from "./saved-reply.js";

const TagsColumn = z.array(z.string());

export class SavedReplyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Shared replies, plus the personal ones of `ownerId` when given; by shortcut, then shared first. */
  async listVisible(ownerId: string | undefined): Promise<SavedReply[]> {
    const rows = await this.db
      .selectFrom("saved_replies")
      .selectAll()
      .where((eb) =>
        ownerId === undefined
          ? eb("scope", "=", "shared")
          : eb.or([
              eb("scope", "=", "shared"),
              eb.and([eb("scope", "=", "personal"), eb("owner_id", "=", ownerId)]),
            ]),
      )
      .orderBy("shortcut_key", "asc")
      .orderBy("scope", "desc")
      .orderBy("id", "asc")
      .execute();
    return rows.map(toSavedReply);
  }

  async get(id: string): Promise<SavedReply | undefined> {
    const row = await this.db.selectFrom("saved_replies").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : toSavedReply(row);
  }

  /** 409 `saved_reply_shortcut_taken` (path `shortcut`) when the scope already uses the shortcut. */
  async create(input: SavedReplyInput): Promise<SavedReply> {
    await this.assertShortcutFree(input, undefined);
    const now = Date.now();
    const row = { id: newId(), ...columnsOf(input), created_at: now, updated_at: now };
    await this.db
      .insertInto("saved_replies")
      .values(row)
      .execute()
      .catch((error: unknown) => rethrowShortcutTaken(error, input));
    return toSavedReply(row);
  }

  /** Replaces every field; undefined when the reply does not exist. 409 like `create`. */
  async update(id: string, input: SavedReplyInput): Promise<SavedReply | undefined> {
    if ((await this.get(id)) === undefined) return undefined;
    await this.assertShortcutFree(input, id);
    await this.db
      .updateTable("saved_replies")
      .set({ ...columnsOf(input), updated_at: Date.now() })
      .where("id", "=", id)
      .execute()
      .catch((error: unknown) => rethrowShortcutTaken(error, input));
    return this.get(id);
  }

  /** False when it did not exist. */
  async delete(id: string): Promise<boolean> {
    const result = await this.db.deleteFrom("saved_replies").where("id", "=", id).executeTakeFirst();
    return result.numDeletedRows > 0n;
  }

  private async assertShortcutFree(input: SavedReplyInput, exceptId: string | undefined): Promise<void> {
    let query = this.db
      .selectFrom("saved_replies")
      .select(["id", "title", "shortcut"])
      .where("scope", "=", input.scope)
      .where("shortcut_key", "=", shortcutKey(input.shortcut));
    if (input.ownerId !== null) query = query.where("owner_id", "=", input.ownerId);
    if (exceptId !== undefined) query = query.where("id", "!=", exceptId);
    const clash = await query.executeTakeFirst();
    if (clash !== undefined) throw shortcutTaken(input, clash);
  }
}

function shortcutTaken(input: SavedReplyInput, existing?: { title: string; shortcut: string }): AppError {
  const scope = input.scope === "shared" ? "shared reply" : "personal reply of this owner";
  const by = existing === undefined ? `another ${scope}` : `the ${scope} "${existing.title}"`;
  const alike =
    existing === undefined || existing.shortcut === input.shortcut
      ? ""
      : ` as ${existing.shortcut} (case and width are ignored)`;
  return new AppError(
    "saved_reply_shortcut_taken",
    409,
    `shortcut: ${input.shortcut} is already used${alike} by ${by}; shortcuts are unique per scope`,
    { path: "shortcut" },
  );
}

/** A unique index caught a concurrent write the check above missed. */
function rethrowShortcutTaken(error: unknown, input: SavedReplyInput): never {
  const dbCode = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  if (dbCode === "23505" || dbCode === "SQLITE_CONSTRAINT_UNIQUE") throw shortcutTaken(input);
  throw error;
}

function columnsOf(input: SavedReplyInput) {
  return {
    scope: input.scope,
    owner_id: input.ownerId,
    title: input.title,
    shortcut: input.shortcut,
    shortcut_key: shortcutKey(input.shortcut),
    message: JSON.stringify(input.message),
    tags: JSON.stringify(input.tags),
  };
}

function toSavedReply(row: Selectable<SavedRepliesTable>): SavedReply {
  return {
    id: row.id,
    scope: row.scope,
    ownerId: row.owner_id,
    title: row.title,
    shortcut: row.shortcut,
    message: readJsonColumn(OutboundMessageSchema, row.message, "saved_replies.message"),
    tags: readJsonColumn(TagsColumn, row.tags, "saved_replies.tags"),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
