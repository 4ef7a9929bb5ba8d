/** Reads a Messenger or Instagram Send API `message` (what `/messages/check` returns) into preview bubbles. */
import {
  card,
  isRecord,
  recordAt,
  recordsAt,
  stringAt,
  type Json,
  type PreviewBubble,
} from "./preview-model";

const buttonTitles = (value: Json) => recordsAt(value, "buttons").map((button) => stringAt(button, "title"));

function attachmentBubble(attachment: Json, quickReplies: string[]): PreviewBubble {
  const type = stringAt(attachment, "type");
  const payload = recordAt(attachment, "payload");
  if (type === "template") {
    const template = stringAt(payload, "template_type");
    if (template === "button") {
      const cards = [card({ lines: [stringAt(payload, "text")], buttons: buttonTitles(payload) })];
      return { form: "button_template", cards, quickReplies };
    }
    if (template === "generic") {
      const cards = recordsAt(payload, "elements").map((element) =>
        card({
          title: stringAt(element, "title"),
          imageUrl: stringAt(element, "image_url"),
          lines: [stringAt(element, "subtitle")],
          buttons: buttonTitles(element),
        }),
      );
      return { form: "generic_template", cards, quickReplies };
    }
    return { form: "other", cards: [card({ lines: [template] })], quickReplies };
  }
  const url = stringAt(payload, "url");
  const media = card({
    title: type,
    imageUrl: type === "image" ? url : undefined,
    lines: [url ?? stringAt(payload, "attachment_id")],
  });
  return { form: "media", cards: [media], quickReplies };
}

/**
 * Pure: `{ text, quick_replies? }` → a text (with chips), `{ attachment }` → a button template, generic
 * template cards or a file; anything else → one "other" bubble, so the preview never hides a payload.
 */
export function messengerPreview(payload: unknown): PreviewBubble[] {
  if (!isRecord(payload)) return [{ form: "other", cards: [], quickReplies: [] }];
  // Several Send API messages (a carousel's body and cards, a split choice) come as `{ sequence }`.
  const sequence = recordsAt(payload, "sequence");
  if (sequence.length > 0) return sequence.flatMap((part) => messengerPreview(part));
  const quickReplies = recordsAt(payload, "quick_replies").flatMap((reply) => stringAt(reply, "title") ?? []);
  const attachment = payload["attachment"];
  if (isRecord(attachment)) return [attachmentBubble(attachment, quickReplies)];
  const text = card({ lines: [stringAt(payload, "text")] });
  return [{ form: quickReplies.length > 0 ? "quick_replies" : "text", cards: [text], quickReplies }];
}
