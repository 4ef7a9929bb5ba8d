/** Everything the simulator keeps for Messenger and Instagram: accounts and their people, posts, profiles, chats. */
import { ChatStore } from "../state/chat-store.js";
import { MetaAccountStore } from "./meta-accounts.js";
import { MetaPostStore } from "./meta-posts.js";
import type { MessengerProfile } from "./messenger-profile-schemas.js";

export class MetaState {
  readonly accounts = new MetaAccountStore();
  readonly posts = new MetaPostStore();
  /** The Messenger Profile of each account (by account id). */
  readonly profiles = new Map<string, MessengerProfile>();
  /** Chats keyed by `{ phoneNumberId: account id, waId: page-scoped user id }`, item `wamid` = mid. */
  readonly chats = new ChatStore();

  profile(accountId: string): MessengerProfile {
    return this.profiles.get(accountId) ?? {};
  }
}
