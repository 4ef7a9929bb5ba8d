/**
 * Everything the simulator keeps for LINE (PLATFORMS.md D): channels and users, chats, reply tokens
 * (single use, about a minute), accepted `X-Line-Retry-Key`s and the content of users' media messages.
 */
import { ChatStore } from "../state/chat-store.js";
import { LineChannelStore } from "./line-channels.js";

export interface ReplyToken {
  channelId: string;
  userId: string;
  /** Epoch ms. */
  issuedAt: number;
  used: boolean;
}

export interface AcceptedRetry {
  requestId: string;
  sentMessages: { id: string; quoteToken: string }[];
  /** Epoch ms. */
  at: number;
}

export interface LineContent {
  channelId: string;
  mimeType: string;
  data: Buffer;
}

/** LINE keeps a retry key for 24 hours. */
export const RETRY_KEY_TTL_MS = 24 * 60 * 60 * 1000;

export class LineState {
  readonly channels = new LineChannelStore();
  /** Chats keyed by `{ phoneNumberId: channel id, waId: user id }`, item `wamid` = LINE message id. */
  readonly chats = new ChatStore();
  private readonly replyTokens = new Map<string, ReplyToken>();
  private readonly retries = new Map<string, AcceptedRetry>();
  private readonly contents = new Map<string, LineContent>();

  issueReplyToken(token: string, channelId: string, userId: string, now: number): void {
    this.replyTokens.set(token, { channelId, userId, issuedAt: now, used: false });
    if (this.replyTokens.size > 50_000) this.forgetOldTokens(now);
  }

  replyToken(token: string): ReplyToken | undefined {
    return this.replyTokens.get(token);
  }

  /** The request accepted earlier with this retry key on this channel, within 24 hours. */
  acceptedRetry(channelId: string, key: string, now: number): AcceptedRetry | undefined {
    const accepted = this.retries.get(`${channelId}:${key.toLowerCase()}`);
    return accepted !== undefined && now - accepted.at < RETRY_KEY_TTL_MS ? accepted : undefined;
  }

  acceptRetry(channelId: string, key: string, accepted: AcceptedRetry): void {
    this.retries.set(`${channelId}:${key.toLowerCase()}`, accepted);
  }

  addContent(messageId: string, content: LineContent): void {
    this.contents.set(messageId, content);
  }

  content(messageId: string): LineContent | undefined {
    return this.contents.get(messageId);
  }

  private forgetOldTokens(now: number): void {
    for (const [token, entry] of this.replyTokens) {
      if (now - entry.issuedAt > 10 * 60 * 1000) this.replyTokens.delete(token);
    }
  }
}
