/** The LINE channels (official accounts) the simulator serves, with their tokens, secrets and webhooks, and their users. */
import { z } from "zod";
import { newLineUserId } from "./line-ids.js";

export const lineUserIdSchema = z.string().regex(/^U[0-9a-f]{32}$/, "must be U followed by 32 hex digits");

export const lineChannelInputSchema = z.strictObject({
  channelId: z.string().regex(/^\d{1,32}$/, "must be digits"),
  name: z.string().min(1).max(256),
  channelAccessToken: z.string().min(1).max(4096),
  channelSecret: z.string().min(1).max(1024),
  webhookUrl: z.url({ protocol: /^https?$/ }),
  /** The bot's own user id, sent as `destination` in webhooks; generated when absent. */
  botUserId: lineUserIdSchema.optional(),
  /** The account's LINE ID such as `@123abcde`; generated when absent. */
  basicId: z
    .string()
    .regex(/^@[0-9a-z._-]{1,20}$/, "must be @ and a LINE ID")
    .optional(),
});

export type LineChannelInput = z.infer<typeof lineChannelInputSchema>;
export type LineChannel = LineChannelInput & { botUserId: string; basicId: string };

/** What the control API shows: no channel secret. */
export type PublicLineChannel = Omit<LineChannel, "channelSecret">;

export function publicLineChannel(channel: LineChannel): PublicLineChannel {
  const { channelSecret: _secret, ...shown } = channel;
  return shown;
}

export const lineUserInputSchema = z.strictObject({
  displayName: z.string().min(1).max(256),
  userId: lineUserIdSchema.optional(),
  language: z.string().min(2).max(10).default("en"),
});

export interface LineUser {
  userId: string;
  displayName: string;
  language: string;
  /** "friend" after a follow, "blocked" after an unfollow, "none" before either. */
  friendship: "none" | "friend" | "blocked";
}

export class LineChannelStore {
  private readonly channels = new Map<string, LineChannel>();
  private readonly users = new Map<string, Map<string, LineUser>>();

  /** Adds a channel or replaces the one with the same id (its users stay). */
  put(input: LineChannelInput): LineChannel {
    const previous = this.channels.get(input.channelId);
    const channel: LineChannel = {
      ...input,
      botUserId: input.botUserId ?? previous?.botUserId ?? newLineUserId(),
      basicId: input.basicId ?? previous?.basicId ?? `@${input.channelId.slice(-8)}`,
    };
    this.channels.set(channel.channelId, channel);
    return channel;
  }

  get(channelId: string): LineChannel | undefined {
    return this.channels.get(channelId);
  }

  list(): LineChannel[] {
    return [...this.channels.values()];
  }

  byToken(token: string): LineChannel | undefined {
    return this.list().find((channel) => channel.channelAccessToken === token);
  }

  addUser(channelId: string, input: z.infer<typeof lineUserInputSchema>): LineUser {
    const user: LineUser = {
      userId: input.userId ?? newLineUserId(),
      displayName: input.displayName,
      language: input.language,
      friendship: "none",
    };
    this.usersOf(channelId).set(user.userId, user);
    return user;
  }

  user(channelId: string, userId: string): LineUser | undefined {
    return this.users.get(channelId)?.get(userId);
  }

  listUsers(channelId: string): LineUser[] {
    return [...this.usersOf(channelId).values()];
  }

  private usersOf(channelId: string): Map<string, LineUser> {
    let users = this.users.get(channelId);
    if (users === undefined) {
      users = new Map();
      this.users.set(channelId, users);
    }
    return users;
  }
}
