/**
 * Web chat: visitors and the "continue on" codes. Row types as Kysely sees them (see ../schema.ts).
 */

/** A browser the web chat widget runs in: its opaque token (hashed) and whom it speaks as. */
export interface WebchatVisitorsTable {
  id: string;
  channel_account_id: string;
  /** SHA-256 (hex) of the token the browser keeps; the token itself is never stored. */
  token_hash: string;
  /** The contact's platform id on the web chat account: `v_…` for a visitor, `u:<user id>` once signed in. */
  external_id: string;
  /** The website's signed-in user id, when the site vouched for it with a signature. */
  user_id: string | null;
  created_at: number;
  last_seen_at: number;
}

/** A one-time code in a "continue on WhatsApp / Messenger / LINE" link from the web chat. */
export interface WebchatContinueCodesTable {
  code: string;
  /** The web chat account the visitor came from. */
  channel_account_id: string;
  visitor_external_id: string;
  /** The account the link opens; the code counts only when it arrives there. */
  target_account_id: string;
  created_at: number;
  expires_at: number;
  claimed_at: number | null;
  /** The contact on the target account that arrived with it. */
  claimed_contact_id: string | null;
}
