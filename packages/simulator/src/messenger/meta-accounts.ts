/**
 * The Facebook pages (Messenger) and Instagram professional accounts the simulator serves, each with its
 * token, app secret and webhook, and the people who message them (page-scoped ids, PLATFORMS.md B1, C).
 */
import { z } from "zod";
import { newScopedUserId, randomDigits } from "./meta-ids.js";

export const metaPlatformSchema = z.enum(["messenger", "instagram"]);
export type MetaPlatform = z.infer<typeof metaPlatformSchema>;

export const metaAccountInputSchema = z.strictObject({
  platform: metaPlatformSchema,
  /** The page id (Messenger) or the Instagram professional account id. */
  id: z.string().regex(/^\d{1,32}$/, "must be digits"),
  name: z.string().min(1).max(256),
  /** Instagram handle, shown in comment webhooks. */
  username: z
    .string()
    .regex(/^[A-Za-z0-9._]{1,30}$/, "must be an Instagram username")
    .optional(),
  accessToken: z.string().min(1).max(4096),
  appSecret: z.string().min(1).max(1024),
  /** The app's id, echoed as `app_id` in message echoes; generated when absent. */
  appId: z
    .string()
    .regex(/^\d{1,32}$/, "must be digits")
    .optional(),
  webhookUrl: z.url({ protocol: /^https?$/ }),
  verifyToken: z.string().max(1024),
});

export type MetaAccountInput = z.infer<typeof metaAccountInputSchema>;
export type MetaAccount = MetaAccountInput & { appId: string; username: string };

/** What the control API shows: no app secret or verify token. */
export type PublicMetaAccount = Omit<MetaAccount, "appSecret" | "verifyToken">;

export function publicMetaAccount(account: MetaAccount): PublicMetaAccount {
  const { appSecret: _secret, verifyToken: _verify, ...shown } = account;
  return shown;
}

export const metaUserInputSchema = z.strictObject({
  name: z.string().min(1).max(256),
  /** The page-scoped id to use; a random 16-digit one when absent. */
  id: z
    .string()
    .regex(/^\d{6,32}$/, "must be 6–32 digits")
    .optional(),
  username: z
    .string()
    .regex(/^[A-Za-z0-9._]{1,30}$/, "must be an Instagram username")
    .optional(),
});

/** A person messaging one page or Instagram account. */
export interface MetaUser {
  /** Page-scoped id (PSID) or Instagram-scoped id (IGSID): what the Send API and webhooks use. */
  id: string;
  name: string;
  /** Instagram handle (Messenger: derived from the name). */
  username: string;
  /**
   * The id Facebook shows as `from.id` in feed (comment) webhooks, which is not the PSID: the private
   * reply's answer (`recipient_id`) is how a business links the two. On Instagram it is the IGSID.
   */
  profileId: string;
}

export class MetaAccountStore {
  private readonly accounts = new Map<string, MetaAccount>();
  private readonly users = new Map<string, Map<string, MetaUser>>();

  /** Adds an account or replaces the one with the same id (its users stay). */
  put(input: MetaAccountInput): MetaAccount {
    const previous = this.accounts.get(input.id);
    const account: MetaAccount = {
      ...input,
      appId: input.appId ?? previous?.appId ?? randomDigits(15),
      username: input.username ?? handleOf(input.name),
    };
    this.accounts.set(account.id, account);
    return account;
  }

  get(id: string): MetaAccount | undefined {
    return this.accounts.get(id);
  }

  list(): MetaAccount[] {
    return [...this.accounts.values()];
  }

  /** The account whose access token this is. */
  byToken(token: string): MetaAccount | undefined {
    return this.list().find((account) => account.accessToken === token);
  }

  addUser(account: MetaAccount, input: z.infer<typeof metaUserInputSchema>): MetaUser {
    const id = input.id ?? newScopedUserId();
    const user: MetaUser = {
      id,
      name: input.name,
      username: input.username ?? handleOf(input.name),
      profileId: account.platform === "instagram" ? id : randomDigits(15),
    };
    this.usersOf(account.id).set(user.id, user);
    return user;
  }

  user(accountId: string, userId: string): MetaUser | undefined {
    return this.users.get(accountId)?.get(userId);
  }

  listUsers(accountId: string): MetaUser[] {
    return [...this.usersOf(accountId).values()];
  }

  private usersOf(accountId: string): Map<string, MetaUser> {
    let users = this.users.get(accountId);
    if (users === undefined) {
      users = new Map();
      this.users.set(accountId, users);
    }
    return users;
  }
}

/** A plausible handle from a display name: "Ana Lima" → "ana.lima". */
function handleOf(name: string): string {
  const handle = name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, ".")
    .replace(/^\.+|\.+$/g, "")
    .slice(0, 30);
  return handle === "" ? "user" : handle;
}
