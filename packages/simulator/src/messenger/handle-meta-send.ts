/**
 * The Send API for a page or Instagram account (PLATFORMS.md B1, B3, B7, C): validates the body, the tag
 * and the window, then sends to the person, answers a comment privately (once, within 7 days) or runs
 * a sender action. Answers `{ recipient_id, message_id }` (actions: `{ recipient_id }`).
 */
import type { SimulatorRuntime } from "../runtime.js";
import { acceptMetaMessage } from "./accept-meta-message.js";
import { checkTag, HUMAN_AGENT_WINDOW_MS, windowError } from "./check-messaging-window.js";
import type { MetaAccount, MetaUser } from "./meta-accounts.js";
import { metaError, noMatchingUserError, outsideWindowError } from "./meta-error.js";
import { type Recipient, type SendRequest, validateSendRequest } from "./validate-send-request.js";

/** Private replies must follow the comment within 7 days (PLATFORMS.md B7, C). */
export const PRIVATE_REPLY_WINDOW_MS = HUMAN_AGENT_WINDOW_MS;

export function handleMetaSend(
  runtime: SimulatorRuntime,
  account: MetaAccount,
  body: unknown,
): Record<string, unknown> {
  const request = validateSendRequest(body, {
    platform: account.platform,
    strictTitles: runtime.settings.metaStrictTitles,
  });
  if (request.kind === "message") {
    checkTag({ platform: account.platform, messagingType: request.messagingType, tag: request.tag });
  }
  const now = runtime.now();
  if (!runtime.limiter.takeThroughput(`meta:${account.id}`, runtime.settings.messagesPerSecond, now)) {
    throw metaError(613, "Calls to this API have exceeded the rate limit.", {
      problems: [`over ${runtime.settings.messagesPerSecond} calls per second for this account`],
    });
  }
  if (request.recipient.kind === "comment") {
    if (request.kind !== "message")
      throw metaError(100, "param recipient[id] is required for a sender action");
    return privateReply(runtime, account, request, request.recipient.id);
  }
  const user = personOf(runtime, account, request.recipient);
  const ref = { phoneNumberId: account.id, waId: user.id };
  const lastInbound = runtime.meta.chats.lastInboundAt(ref);
  if (request.kind === "action") {
    const closed = windowError(
      { platform: account.platform, messagingType: undefined, tag: undefined },
      lastInbound,
      now,
    );
    if (closed !== undefined) throw closed;
    runSenderAction(runtime, account, user, request.action);
    return { recipient_id: user.id };
  }
  const closed = windowError(
    { platform: account.platform, messagingType: request.messagingType, tag: request.tag },
    lastInbound,
    now,
  );
  if (closed !== undefined) throw closed;
  const item = acceptMetaMessage(runtime, account, user, request.message, request.body);
  return { recipient_id: user.id, message_id: item.wamid };
}

function personOf(runtime: SimulatorRuntime, account: MetaAccount, recipient: Recipient): MetaUser {
  if (recipient.kind === "post") {
    throw metaError(100, "Invalid parameter", {
      problems: [
        "recipient[post_id]: visitor posts are not simulated; answer a comment with recipient[comment_id]",
      ],
    });
  }
  if (recipient.kind === "user_ref") {
    throw noMatchingUserError("recipient[user_ref]: checkbox plugin opt-ins are not simulated");
  }
  const user = runtime.meta.accounts.user(account.id, recipient.id);
  if (user === undefined) {
    throw noMatchingUserError(`recipient[id]: ${recipient.id} is not a person who messaged ${account.name}`);
  }
  return user;
}

function privateReply(
  runtime: SimulatorRuntime,
  account: MetaAccount,
  request: SendRequest & { kind: "message" },
  commentId: string,
): Record<string, unknown> {
  const comment = runtime.meta.posts.comment(commentId);
  if (comment === undefined || comment.accountId !== account.id) {
    throw noMatchingUserError(
      `recipient[comment_id]: ${commentId} is not a comment on ${account.name}'s posts`,
    );
  }
  const user =
    comment.userId === undefined ? undefined : runtime.meta.accounts.user(account.id, comment.userId);
  if (user === undefined) {
    throw metaError(10903, "This user can't reply to this activity", {
      problems: ["recipient[comment_id]: the account's own comments cannot get a private reply"],
    });
  }
  if (comment.privateReplyMid !== undefined) {
    throw metaError(10900, "Activity already replied to", {
      problems: [
        `recipient[comment_id]: ${commentId} already got its one private reply (${comment.privateReplyMid})`,
      ],
    });
  }
  const age = runtime.now() - comment.createdAt;
  if (age >= PRIVATE_REPLY_WINDOW_MS) {
    throw outsideWindowError(
      account.platform,
      `recipient[comment_id]: the comment is ${(age / 86_400_000).toFixed(1)} days old; private replies are allowed for 7 days`,
    );
  }
  const item = acceptMetaMessage(runtime, account, user, request.message, request.body);
  comment.privateReplyMid = item.wamid;
  return { recipient_id: user.id, message_id: item.wamid };
}

function runSenderAction(
  runtime: SimulatorRuntime,
  account: MetaAccount,
  user: MetaUser,
  action: "typing_on" | "typing_off" | "mark_seen",
): void {
  const ref = { phoneNumberId: account.id, waId: user.id };
  if (action === "typing_on") {
    runtime.events.emit({
      type: "channel.typing",
      channel: account.platform,
      accountId: account.id,
      userId: user.id,
    });
  } else if (action === "mark_seen") {
    const lastInbound = runtime.meta.chats
      .list(ref)
      .filter((item) => item.direction === "in")
      .at(-1);
    if (lastInbound === undefined) return;
    for (const item of runtime.meta.chats.markInboundRead(ref, lastInbound.wamid)) {
      runtime.events.emitChannelStatus(account.platform, account.id, user.id, item);
    }
  }
}
