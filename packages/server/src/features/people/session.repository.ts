/**
 * Console sign-in sessions. The cookie carries a random secret; only its SHA-256 is stored, so a copy of
 * the database does not sign anyone in. A session lasts 7 days at most and ends after 12 idle hours.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import { newSecret, secretHash } from "./token-secret.js";

export const SESSION_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60 * 1000;

export interface Session {
  idHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: number;
  lastSeenAt: number;
}

export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** A new session; the secret goes in the cookie and is never stored. */
  async create(userId: string, now = Date.now()): Promise<{ secret: string; session: Session }> {
    const secret = newSecret();
    const session: Session = {
      idHash: secretHash(secret),
      userId,
      csrfToken: newSecret(),
      expiresAt: now + SESSION_MAX_AGE_MS,
      lastSeenAt: now,
    };
    await this.db
      .insertInto("sessions")
      .values({
        id_hash: session.idHash,
        user_id: userId,
        csrf_token: session.csrfToken,
        created_at: now,
        last_seen_at: now,
        expires_at: session.expiresAt,
      })
      .execute();
    return { secret, session };
  }

  /** The live session of a cookie secret (expired and idle ones are deleted), touched now. */
  async resume(secret: string, now = Date.now()): Promise<Session | undefined> {
    const idHash = secretHash(secret);
    const row = await this.db
      .selectFrom("sessions")
      .selectAll()
      .where("id_hash", "=", idHash)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const lastSeenAt = Number(row.last_seen_at);
    const expiresAt = Number(row.expires_at);
    if (expiresAt <= now || lastSeenAt + SESSION_IDLE_MS <= now) {
      await this.end(secret);
      return undefined;
    }
    if (now - lastSeenAt >= TOUCH_EVERY_MS) {
      await this.db
        .updateTable("sessions")
        .set({ last_seen_at: now })
        .where("id_hash", "=", idHash)
        .execute();
    }
    return { idHash, userId: row.user_id, csrfToken: row.csrf_token, expiresAt, lastSeenAt: now };
  }

  async end(secret: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("id_hash", "=", secretHash(secret)).execute();
  }

  /** Signs a user out everywhere (deactivated, or their password changed). */
  async endAllFor(userId: string): Promise<void> {
    await this.db.deleteFrom("sessions").where("user_id", "=", userId).execute();
  }
}
