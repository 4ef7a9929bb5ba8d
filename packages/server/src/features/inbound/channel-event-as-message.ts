/**
 * Turns a tap that sends data back (a postback) or an arrival through a link (a referral) into the
 * customer message the conversation keeps, with the entry automation acts on: Get Started asks for the
 * welcome module, a module payload opens that module, any other payload answers the choice it names, and
 * a `ref` code opens its ref link's module.
 */
import { readPostbackPayload } from "@switchboard/channels";
import type { InboundContent, InboundMessageEvent, PostbackEvent, ReferralEvent } from "@switchboard/core";
import type { AutomationEntry } from "../bots/inbound-automation.js";

export interface MessageWithEntry {
  message: InboundMessageEvent;
  entry: AutomationEntry | undefined;
}

/** The event as the customer's message, its id the platform's event id. */
function customerMessage(
  event: PostbackEvent | ReferralEvent,
  content: InboundContent,
  referral: InboundMessageEvent["referral"],
): InboundMessageEvent {
  return {
    type: "message",
    channel: event.channel,
    accountExternalId: event.accountExternalId,
    providerMessageId: event.providerEventId,
    sender: event.sender,
    timestamp: event.timestamp,
    content,
    ...(referral === undefined ? {} : { referral }),
    raw: event.raw,
  };
}

function refEntry(ref: string | undefined): AutomationEntry | undefined {
  return ref === undefined || ref.trim() === "" ? undefined : { kind: "ref", code: ref };
}

function postbackContent(event: PostbackEvent): { content: InboundContent; entry?: AutomationEntry } {
  const intent = readPostbackPayload(event.payload);
  const title = event.title ?? event.payload;
  switch (intent.kind) {
    case "get_started": {
      const entry = refEntry(event.referral?.ref);
      return { content: { kind: "welcome_request" }, ...(entry === undefined ? {} : { entry }) };
    }
    case "open_module":
      return {
        content: { kind: "choice_reply", via: "button", optionId: event.payload, title },
        entry: { kind: "module", moduleId: intent.moduleId },
      };
    case "option":
      return { content: { kind: "choice_reply", via: "button", optionId: intent.optionId, title } };
  }
}

/** A postback as the customer's message (its id: the platform's event id) and its entry. */
export function postbackAsMessage(event: PostbackEvent): MessageWithEntry {
  const { content, entry } = postbackContent(event);
  return { message: customerMessage(event, content, event.referral), entry };
}

/** A referral on an existing thread as a system message of the conversation, entering through its ref. */
export function referralAsMessage(event: ReferralEvent): MessageWithEntry {
  const ref = event.referral.ref;
  const source = event.referral.sourceType ?? "link";
  const body =
    ref === undefined ? `Came back through ${source}` : `Came back through ${source} with ref ${ref}`;
  return {
    message: customerMessage(event, { kind: "system", systemType: "referral", body }, event.referral),
    entry: refEntry(ref),
  };
}
