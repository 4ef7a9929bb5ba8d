/**
 * Meta's side of comment replies for one Page or Instagram account: the public reply under the comment
 * and the one private reply (`recipient: { comment_id }`, PLATFORMS.md B7, Part C), through the injected
 * fetch. Throws ChannelError.
 */
import {
  replyToComment,
  sendInstagramRequest,
  sendMessengerRequest,
  toSendApiRequest,
} from "@switchboard/channels";
import type { FetchFn, NativePayload, SendReceipt } from "@switchboard/core";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";

export type CommentPlatform = "messenger" | "instagram";

export interface CommentReplyClient {
  /** The new comment's id. */
  publicReply(account: ChannelAccountWithSecrets, commentId: string, message: string): Promise<string>;
  /** Sends a compiled Send API `message` as the private reply; the receipt names the PSID or IGSID. */
  privateReply(
    account: ChannelAccountWithSecrets,
    commentId: string,
    compiled: NativePayload,
  ): Promise<SendReceipt>;
}

export interface CommentReplyClientOptions {
  fetch: FetchFn;
  graphUrl: string;
  graphVersion: string;
}

/** The platform of a Meta account that takes comments, or undefined (WhatsApp, LINE). */
export function commentPlatformOf(account: { channel: string }): CommentPlatform | undefined {
  return account.channel === "messenger" || account.channel === "instagram" ? account.channel : undefined;
}

export function createCommentReplyClient(options: CommentReplyClientOptions): CommentReplyClient {
  const deps = {
    fetch: options.fetch,
    graphUrl: options.graphUrl.replace(/\/$/, ""),
    graphVersion: options.graphVersion,
  };
  const platformOf = (account: ChannelAccountWithSecrets): CommentPlatform => {
    const platform = commentPlatformOf(account);
    if (platform === undefined) throw new Error(`${account.channel} accounts have no comments to answer`);
    return platform;
  };
  return {
    async publicReply(account, commentId, message) {
      const token = { accessToken: account.secrets.accessToken };
      const answer = await replyToComment(deps, token, { platform: platformOf(account), commentId, message });
      return answer.id;
    },
    privateReply(account, commentId, compiled) {
      const send = platformOf(account) === "instagram" ? sendInstagramRequest : sendMessengerRequest;
      const request = toSendApiRequest(compiled, { recipient: { commentId } });
      return send(deps, { accessToken: account.secrets.accessToken }, request);
    },
  };
}
