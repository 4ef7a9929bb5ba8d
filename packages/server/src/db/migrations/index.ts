/** Every migration in order. Each serves both dialects through Kysely's schema builder. */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";
import * as foundation from "./0001-foundation.js";
import * as bots from "./0002-bots.js";
import * as savedReplies from "./0003-saved-replies.js";
import * as stores from "./0004-stores.js";
import * as inboxSettings from "./0005-inbox-settings.js";
import * as webchat from "./0009-webchat.js";
import * as people from "./0006-people.js";
import * as commentReplies from "./0007-comment-replies.js";
import * as assignment from "./0008-assignment.js";
import * as orders from "./0010-orders.js";
import * as conversationReads from "./0011-conversation-reads.js";
import * as conversationNotes from "./0012-conversation-notes.js";
import * as conversationsByContact from "./0013-conversations-by-contact.js";

export interface DialectMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
  down(db: Kysely<unknown>): Promise<void>;
}

export const migrations: Record<string, DialectMigration> = {
  "0001-foundation": foundation,
  "0002-bots": bots,
  "0003-saved-replies": savedReplies,
  "0004-stores": stores,
  "0005-inbox-settings": inboxSettings,
  "0006-people": people,
  "0007-comment-replies": commentReplies,
  "0008-assignment": assignment,
  "0009-webchat": webchat,
  "0010-orders": orders,
  "0011-conversation-reads": conversationReads,
  "0012-conversation-notes": conversationNotes,
  "0013-conversations-by-contact": conversationsByContact,
};
