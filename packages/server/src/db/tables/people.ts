/**
 * People and access: users and their stores, sessions, API tokens, the audit log. Row types as Kysely
 * sees them (see ../schema.ts).
 */

/** A console user: `admin`, `store_manager` or `agent`; `active` 1 or 0 (deactivated users cannot sign in). */
export interface UsersTable {
  id: string;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  role: "admin" | "store_manager" | "agent";
  /** argon2id. */
  password_hash: string;
  /** How many in-progress conversations assignment gives this agent at most; null: no limit. */
  capacity: number | null;
  active: number;
  last_sign_in_at: number | null;
  created_at: number;
  updated_at: number;
}

/** The stores a user works for. */
export interface UserStoresTable {
  user_id: string;
  store_id: string;
}

/** A console sign-in: the cookie holds the secret, the row its SHA-256 (`id_hash`). */
export interface SessionsTable {
  id_hash: string;
  user_id: string;
  /** Sent back in `X-CSRF-Token` on every change the console makes with this session. */
  csrf_token: string;
  created_at: number;
  last_seen_at: number;
  expires_at: number;
}

/** A bearer token for integrations, acting as its user; only its SHA-256 is kept. */
export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** The token's last 4 characters, to tell tokens apart. */
  hint: string;
  last_used_at: number | null;
  revoked_at: number | null;
  created_at: number;
}

/** Who did what: sign-ins (also refused ones, which the sign-in rate limit counts) and every change through the API. */
export interface AuditLogTable {
  id: string;
  at: number;
  /** `user` (console session), `api_token`, `admin_token` or `anonymous`. */
  actor_kind: string;
  actor_user_id: string | null;
  /** E-mail or token name, kept as it was then. */
  actor_label: string;
  /** `sign_in`, `sign_in_refused`, `sign_out`, or `<METHOD> <route>` for a change. */
  action: string;
  target: string | null;
  /** JSON. */
  detail: string;
  ip: string | null;
}
