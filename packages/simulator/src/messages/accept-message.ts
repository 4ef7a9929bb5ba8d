/**
 * What happens after Meta accepts a message: it joins the chat, and its statuses follow — sent, delivered,
 * read — or a `failed` status when it could not go out (closed window 131047, bad media 131053, bad
 * reaction target 131009), which Meta reports only asynchronously (PLATFORMS.md A1, A6).
 */
import { newWamid } from "../graph/ids.js";
import { mediaKindOf } from "../media/media-store.js";
import type { SimulatorRuntime } from "../runtime.js";
import type { Business } from "../state/business-store.js";
import type { ChatItemError } from "../state/chat-store.js";
import { renderTemplate } from "../templates/render-template.js";
import type { StoredTemplate } from "../templates/template-store.js";
import type { Pricing } from "../webhooks/status-dispatcher.js";
import type { MessageRequest } from "./validate-message-request.js";

/** The customer service window (PLATFORMS.md A6). */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

type Accepted = MessageRequest & { kind: "message" };

export function acceptMessage(
  runtime: SimulatorRuntime,
  business: Business,
  request: Accepted,
  template: StoredTemplate | undefined,
): string {
  const { chats, events, settings } = runtime;
  const now = runtime.now();
  const ref = { phoneNumberId: business.phoneNumberId, waId: request.waId };
  runtime.customers.ensure(request.waId);
  const wamid = newWamid(request.waId);
  const item = chats.append(ref, {
    wamid,
    direction: "out",
    at: now,
    type: request.type,
    payload: request.body,
    status: "accepted",
    ...(template !== undefined && request.template !== undefined
      ? { rendered: renderTemplate(template, request.template) }
      : {}),
  });
  if (events.hasListeners) events.emit({ type: "chat.item", ...ref, item });
  runtime.onBusinessMessage?.({
    phoneNumberId: ref.phoneNumberId,
    to: ref.waId,
    wamid,
    body: request.body,
    receivedAt: now,
  });

  const lastInbound = chats.lastInboundAt(ref);
  const windowOpen = lastInbound !== null && now - lastInbound < SERVICE_WINDOW_MS;
  const base = {
    ...ref,
    item,
    ...(request.bizOpaqueCallbackData === undefined
      ? {}
      : { bizOpaqueCallbackData: request.bizOpaqueCallbackData }),
  };
  const failure = asyncFailure(runtime, request, template, windowOpen);
  if (failure !== undefined) {
    runtime.statuses.schedule(settings.sentDelayMs, { ...base, status: "failed", error: failure });
    return wamid;
  }
  const pricing = pricingFor(template, windowOpen);
  const sent = settings.sentDelayMs;
  const delivered = Math.max(sent, settings.deliveredDelayMs);
  runtime.statuses.schedule(sent, { ...base, status: "sent", pricing });
  runtime.statuses.schedule(delivered, { ...base, status: "delivered", pricing });
  if (settings.autoRead) {
    runtime.statuses.schedule(Math.max(delivered, settings.readDelayMs), {
      ...base,
      status: "read",
      pricing,
    });
  }
  return wamid;
}

function asyncFailure(
  runtime: SimulatorRuntime,
  request: Accepted,
  template: StoredTemplate | undefined,
  windowOpen: boolean,
): ChatItemError | undefined {
  if (template === undefined && !windowOpen) {
    return {
      code: 131047,
      title: "Re-engagement message",
      details:
        "Message failed to send because more than 24 hours have passed since the customer last replied to this number.",
    };
  }
  if (request.mediaId !== undefined) {
    const media = runtime.media.get(request.mediaId);
    const kind = media === undefined ? undefined : mediaKindOf(media.mimeType);
    if (kind !== request.type) {
      return {
        code: 131053,
        title: "Media upload error",
        details:
          media === undefined
            ? `${request.type}.id: no uploaded media has the id ${request.mediaId}`
            : `${request.type}.id: media ${request.mediaId} is ${media.mimeType}, which is not a supported ${request.type} type`,
      };
    }
  }
  if (request.reactionTo !== undefined) {
    const target = runtime.chats.find(request.reactionTo);
    if (target === undefined || target.item.type === "reaction" || target.waId !== request.waId) {
      return {
        code: 131009,
        title: "Parameter value is not valid",
        details: `reaction.message_id: ${request.reactionTo} is not a message of this chat that can take a reaction`,
      };
    }
  }
  return undefined;
}

/** PLATFORMS.md A6: service messages are free; utility templates are free inside an open window. */
function pricingFor(template: StoredTemplate | undefined, windowOpen: boolean): Pricing {
  if (template === undefined) {
    return { billable: false, pricing_model: "PMP", type: "free_customer_service", category: "service" };
  }
  const category = template.category.toLowerCase();
  if (category === "utility" && windowOpen) {
    return { billable: false, pricing_model: "PMP", type: "free_customer_service", category };
  }
  return { billable: true, pricing_model: "PMP", type: "regular", category };
}
