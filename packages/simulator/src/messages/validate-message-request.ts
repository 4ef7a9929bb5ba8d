/**
 * Checks a `POST /{phone-number-id}/messages` body the way Meta does (PLATFORMS.md A1–A4): the envelope,
 * then the content object named by `type`. Answers a typed request or throws the GraphError Meta would send.
 */
import { z } from "zod";
import { GraphError } from "../graph/graph-error.js";
import { commerceSchemas } from "./commerce-schemas.js";
import { contentSchemas, type TemplateInput } from "./content-schemas.js";
import { conversationalSchemas } from "./interactive-schemas.js";
import { issuesToGraphError } from "./issues-to-graph-error.js";

const interactiveSchemas = { ...conversationalSchemas, ...commerceSchemas };

export const MESSAGE_TYPES = [...Object.keys(contentSchemas), "interactive"];

const contentKeys = Object.fromEntries(MESSAGE_TYPES.map((type) => [type, z.unknown().optional()]));

const envelopeSchema = z.strictObject({
  messaging_product: z.literal("whatsapp"),
  recipient_type: z.literal("individual").optional(),
  to: z.string().regex(/^\+?[\d\s\-().]+$/, "is not a phone number"),
  context: z.strictObject({ message_id: z.string().min(1) }).optional(),
  biz_opaque_callback_data: z.string().max(512).optional(),
  type: z.enum(MESSAGE_TYPES).default("text"),
  ...contentKeys,
});

const readSchema = z.strictObject({
  messaging_product: z.literal("whatsapp"),
  status: z.literal("read"),
  message_id: z.string().min(1),
  typing_indicator: z.strictObject({ type: z.literal("text") }).optional(),
});

export type MessageRequest =
  | {
      kind: "message";
      /** `to` as sent, echoed as `contacts[0].input`. */
      to: string;
      waId: string;
      type: string;
      body: Record<string, unknown>;
      contextMessageId?: string;
      bizOpaqueCallbackData?: string;
      /** Only for `type: "template"`. */
      template?: TemplateInput;
      /** Only for media types: the uploaded media id, when not a link. */
      mediaId?: string;
      /** Only for reactions: the message reacted to. */
      reactionTo?: string;
    }
  | { kind: "read"; messageId: string; typing: boolean };

export function validateMessageRequest(input: unknown): MessageRequest {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new GraphError(100, "(body): must be a JSON object");
  }
  const body = Object.fromEntries(Object.entries(input));
  if ("status" in body) {
    const read = readSchema.safeParse(body);
    if (!read.success) throw issuesToGraphError(read.error.issues, body);
    return {
      kind: "read",
      messageId: read.data.message_id,
      typing: read.data.typing_indicator !== undefined,
    };
  }
  const envelope = envelopeSchema.safeParse(body);
  if (!envelope.success) throw issuesToGraphError(envelope.error.issues, body);
  const { type, to } = envelope.data;
  const waId = to.replace(/\D/g, "");
  if (waId.length < 6 || waId.length > 15)
    throw new GraphError(100, `to: "${to}" is not a WhatsApp phone number`);
  const extra = MESSAGE_TYPES.filter((key) => key !== type && body[key] !== undefined);
  if (extra.length > 0)
    throw new GraphError(100, `${extra.join(", ")}: not allowed in a message of type ${type}`);
  const content = body[type];
  if (content === undefined)
    throw new GraphError(131008, `${type}: is required for a message of type ${type}`);
  const request: MessageRequest = { kind: "message", to, waId, type, body };
  if (envelope.data.context !== undefined) request.contextMessageId = envelope.data.context.message_id;
  if (envelope.data.biz_opaque_callback_data !== undefined) {
    request.bizOpaqueCallbackData = envelope.data.biz_opaque_callback_data;
  }
  checkContent(type, content, body, request);
  return request;
}

function checkContent(
  type: string,
  content: unknown,
  body: unknown,
  request: MessageRequest & { kind: "message" },
): void {
  if (type === "interactive") {
    checkInteractive(content, body);
    return;
  }
  if (type === "template") {
    const parsed = contentSchemas.template.safeParse(content);
    if (!parsed.success) throw issuesToGraphError(parsed.error.issues, body, [type]);
    request.template = parsed.data;
    return;
  }
  if (type === "reaction") {
    const parsed = contentSchemas.reaction.safeParse(content);
    if (!parsed.success) throw issuesToGraphError(parsed.error.issues, body, [type]);
    request.reactionTo = parsed.data.message_id;
    return;
  }
  if (!isContentType(type)) throw new GraphError(100, `type: "${type}" is not supported`);
  const parsed = contentSchemas[type].safeParse(content);
  if (!parsed.success) throw issuesToGraphError(parsed.error.issues, body, [type]);
  const data: unknown = parsed.data;
  if (data !== null && typeof data === "object" && "id" in data && typeof data.id === "string") {
    request.mediaId = data.id;
  }
}

function checkInteractive(content: unknown, body: unknown): void {
  const subtype =
    content !== null && typeof content === "object" && "type" in content ? content.type : undefined;
  if (subtype === undefined) throw new GraphError(131008, "interactive.type: is required");
  if (typeof subtype !== "string" || !isInteractiveType(subtype)) {
    throw new GraphError(
      100,
      `interactive.type: ${JSON.stringify(subtype)} is not one of ${Object.keys(interactiveSchemas).join(", ")}`,
    );
  }
  const parsed = interactiveSchemas[subtype].safeParse(content);
  if (!parsed.success) throw issuesToGraphError(parsed.error.issues, body, ["interactive"]);
}

function isContentType(type: string): type is keyof typeof contentSchemas {
  return Object.hasOwn(contentSchemas, type);
}

function isInteractiveType(type: string): type is keyof typeof interactiveSchemas {
  return Object.hasOwn(interactiveSchemas, type);
}
