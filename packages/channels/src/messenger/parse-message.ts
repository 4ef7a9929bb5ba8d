/**
 * A `message` messaging item (PLATFORMS.md B5, Part C) → neutral message events, or echo events when the
 * account itself sent it. One message may carry several attachments: each becomes its own event.
 */
import { z } from "zod";
import type { InboundContent, InboundMessageEvent, MessageEchoEvent } from "@switchboard/core";
import { parseMessagingAttachment } from "./parse-attachment.js";
import { parseMessagingReferral } from "./parse-referral.js";
import type { EntryContext } from "./webhook-envelope.js";

const text = z.string().min(1).optional().catch(undefined);

const MessageSchema = z.object({
  mid: z.string().min(1),
  text: z.string().optional().catch(undefined),
  is_echo: z.boolean().optional().catch(undefined),
  app_id: z.union([z.string(), z.number()]).transform(String).optional().catch(undefined),
  metadata: text,
  quick_reply: z.object({ payload: z.string() }).optional().catch(undefined),
  reply_to: z
    .object({ mid: text, story: z.object({ id: text, url: text }).optional().catch(undefined) })
    .optional()
    .catch(undefined),
  attachments: z.array(z.unknown()).optional().catch(undefined),
  referral: z.unknown().optional(),
  is_unsupported: z.boolean().optional().catch(undefined),
});
type Message = z.output<typeof MessageSchema>;

/** The parts of a messaging item a message event is built from. */
export interface MessageItem {
  senderId: string;
  recipientId: string;
  timestamp: number;
  message: unknown;
  /** The item-level `referral` some ad-originated messages carry beside `message`. */
  referral?: unknown;
  raw: unknown;
}

/**
 * - A quick reply tap → `choice_reply` (via `button`) whose option id is the payload and title the text.
 * - Attachments → one content each; the message text becomes the first media's caption, or its own text
 *   event first when the first attachment is not media. A text with only `fallback` attachments (a link
 *   Messenger previewed) is that text alone.
 * - Text alone → `text`; `is_unsupported` (Instagram) → `unsupported`.
 */
function contentsOf(message: Message): InboundContent[] {
  if (message.quick_reply) {
    const { payload } = message.quick_reply;
    return [{ kind: "choice_reply", via: "button", optionId: payload, title: message.text ?? payload }];
  }
  if (message.is_unsupported === true) return [{ kind: "unsupported", rawType: "unsupported", errors: [] }];
  const attachments = message.attachments ?? [];
  const body = message.text !== undefined && message.text.length > 0 ? message.text : undefined;
  const onlyLinks = attachments.every((a) => z.object({ type: z.literal("fallback") }).safeParse(a).success);
  if (body !== undefined && onlyLinks) return [{ kind: "text", text: body }];
  const contents = attachments.map(parseMessagingAttachment);
  const [first, ...rest] = contents;
  if (first === undefined) {
    return [
      body === undefined
        ? { kind: "unsupported", rawType: "empty", errors: [] }
        : { kind: "text", text: body },
    ];
  }
  if (body === undefined) return contents;
  if (first.kind === "media" && first.caption === undefined) return [{ ...first, caption: body }, ...rest];
  return [{ kind: "text", text: body }, ...contents];
}

/** The first content keeps the platform's `mid`; later ones get `<mid>#1`, `<mid>#2`… so each is stored once. */
const idOf = (mid: string, index: number) => (index === 0 ? mid : `${mid}#${index}`);

/** A message item → one event per content; echoes (`is_echo`) → echo events. Undefined when malformed. */
export function parseMessagingMessage(
  item: MessageItem,
  context: EntryContext,
): (InboundMessageEvent | MessageEchoEvent)[] | undefined {
  const parsed = MessageSchema.safeParse(item.message);
  if (!parsed.success) return undefined;
  const message = parsed.data;
  const contents = contentsOf(message);
  if (message.is_echo === true) {
    return contents.map((content, index) => ({
      type: "echo",
      channel: context.channel,
      accountExternalId: context.accountExternalId,
      providerMessageId: idOf(message.mid, index),
      recipientExternalId: item.recipientId,
      timestamp: item.timestamp,
      content,
      ...(message.app_id === undefined ? {} : { appId: message.app_id }),
      ...(message.metadata === undefined ? {} : { metadata: message.metadata }),
      raw: item.raw,
    }));
  }
  const referral = parseMessagingReferral(message.referral ?? item.referral);
  const story = storyOf(message, contents);
  const replyTo = message.reply_to?.mid;
  return contents.map((content, index) => {
    const event: InboundMessageEvent = {
      type: "message",
      channel: context.channel,
      accountExternalId: context.accountExternalId,
      providerMessageId: idOf(message.mid, index),
      sender: { externalId: item.senderId },
      timestamp: item.timestamp,
      content,
      raw: item.raw,
    };
    if (replyTo !== undefined || story !== undefined) {
      event.context = {
        ...(replyTo === undefined ? {} : { replyToProviderId: replyTo }),
        ...(story === undefined ? {} : { story }),
      };
    }
    if (referral !== undefined) event.referral = referral;
    return event;
  });
}

/** A story reply (`reply_to.story`) or a story mention (an attachment of type `story_mention`). */
function storyOf(
  message: Message,
  contents: InboundContent[],
): NonNullable<InboundMessageEvent["context"]>["story"] {
  const reply = message.reply_to?.story;
  if (reply) {
    return { kind: "reply", ...(reply.id ? { id: reply.id } : {}), ...(reply.url ? { url: reply.url } : {}) };
  }
  if (!contents.some((c) => c.kind === "system" && c.systemType === "story_mention")) return undefined;
  const mention = (message.attachments ?? [])
    .map((a) =>
      z.object({ type: z.literal("story_mention"), payload: z.object({ url: z.string() }) }).safeParse(a),
    )
    .find((a) => a.success);
  const url = mention?.data?.payload.url;
  return { kind: "mention", ...(url === undefined ? {} : { url }) };
}
