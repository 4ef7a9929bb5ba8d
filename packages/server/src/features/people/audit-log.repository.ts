/** The audit log: sign-ins (refused ones too) and every change made through the API, newest first. */
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { readJsonColumn } from "../../db/json-column.js";
import type { AuditLogTable, Database } from "../../db/schema.js";
import { newId } from "../../ids.js";

export interface AuditEntry {
  id: string;
  at: number;
  actorKind: string;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  target: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

export type NewAuditEntry = Omit<AuditEntry, "id" | "at"> & { at?: number };

const DetailColumn = z.record(z.string(), z.unknown());

export class AuditLogRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: NewAuditEntry): Promise<void> {
    await this.db
      .insertInto("audit_log")
      .values({
        id: newId(),
        at: entry.at ?? Date.now(),
        actor_kind: entry.actorKind,
        actor_user_id: entry.actorUserId,
        actor_label: entry.actorLabel,
        action: entry.action,
        target: entry.target,
        detail: JSON.stringify(entry.detail),
        ip: entry.ip,
      })
      .execute();
  }

  /** Newest first; `before` is the `id` of the last entry of the previous page. */
  async list(options: { limit: number; before?: string; action?: string }): Promise<AuditEntry[]> {
    let query = this.db.selectFrom("audit_log").selectAll().orderBy("id", "desc").limit(options.limit);
    if (options.before !== undefined) query = query.where("id", "<", options.before);
    if (options.action !== undefined) query = query.where("action", "=", options.action);
    return (await query.execute()).map(toEntry);
  }

  /** Refused sign-ins since `since` for this e-mail, and from this address. */
  async refusedSignIns(
    email: string,
    ip: string | null,
    since: number,
  ): Promise<{ email: number; ip: number }> {
    const count = async (column: "actor_label" | "ip", value: string) => {
      const row = await this.db
        .selectFrom("audit_log")
        .select((eb) => eb.fn.countAll<string | number>().as("n"))
        .where("action", "=", "sign_in_refused")
        .where("at", ">=", since)
        .where(column, "=", value)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    return { email: await count("actor_label", email), ip: ip === null ? 0 : await count("ip", ip) };
  }
}

function toEntry(row: Selectable<AuditLogTable>): AuditEntry {
  return {
    id: row.id,
    at: Number(row.at),
    actorKind: row.actor_kind,
    actorUserId: row.actor_user_id,
    actorLabel: row.actor_label,
    action: row.action,
    target: row.target,
    detail: readJsonColumn(DetailColumn, row.detail, "audit_log.detail"),
    ip: row.ip,
  };
}
