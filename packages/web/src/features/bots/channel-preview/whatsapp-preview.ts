/**
 * Reads the WhatsApp message bodies `/messages/check` returns into preview bubbles: a media carousel,
 * reply buttons, a link button, text and media; several bodies (`{ sequence }`) become several bubbles.
 */
import {
  card,
  isRecord,
  recordAt,
  recordsAt,
  stringAt,
  type Json,
  type PreviewBubble,
} from "./preview-model";

const noChips: string[] = [];

/** The link of a header or media object (`{ link }`); an uploaded id shows no picture. */
function mediaLink(value: Json, type: string): string | undefined {
  return stringAt(recordAt(value, type), "link");
}

function interactiveBubble(interactive: Json): PreviewBubble {
  const type = stringAt(interactive, "type");
  const body = stringAt(recordAt(interactive, "body"), "text");
  const header = recordAt(interactive, "header");
  const headerImage = mediaLink(header, "image");
  const action = recordAt(interactive, "action");
  if (type === "carousel") {
    const cards = recordsAt(action, "cards").map((entry) =>
      card({
        imageUrl: mediaLink(recordAt(entry, "header"), "image"),
        lines: [stringAt(recordAt(entry, "body"), "text")],
        buttons: [stringAt(recordAt(recordAt(entry, "action"), "parameters"), "display_text")],
      }),
    );
    return { form: "media_carousel", cards: [card({ lines: [body] }), ...cards], quickReplies: noChips };
  }
  if (type === "button") {
    const buttons = recordsAt(action, "buttons").map((button) =>
      stringAt(recordAt(button, "reply"), "title"),
    );
    return {
      form: "reply_buttons",
      cards: [card({ imageUrl: headerImage, lines: [body], buttons })],
      quickReplies: noChips,
    };
  }
  if (type === "cta_url") {
    const label = stringAt(recordAt(action, "parameters"), "display_text");
    return {
      form: "cta_url",
      cards: [card({ imageUrl: headerImage, lines: [body], buttons: [label] })],
      quickReplies: noChips,
    };
  }
  if (type === "list") {
    const rows = recordsAt(action, "sections").flatMap((section) => recordsAt(section, "rows"));
    return {
      form: "list",
      cards: [card({ lines: [body] })],
      quickReplies: rows.flatMap((row) => stringAt(row, "title") ?? []),
    };
  }
  return { form: "other", cards: [card({ lines: [type] })], quickReplies: noChips };
}

function bodyBubble(body: Json): PreviewBubble {
  const type = stringAt(body, "type");
  if (type === "text")
    return {
      form: "text",
      cards: [card({ lines: [stringAt(recordAt(body, "text"), "body")] })],
      quickReplies: noChips,
    };
  if (type === "image") {
    const image = recordAt(body, "image");
    return {
      form: "media",
      cards: [card({ imageUrl: stringAt(image, "link"), lines: [stringAt(image, "caption")] })],
      quickReplies: noChips,
    };
  }
  if (type === "interactive") return interactiveBubble(recordAt(body, "interactive"));
  return { form: "other", cards: [card({ lines: [type] })], quickReplies: noChips };
}

/** Pure: one WhatsApp body, or a `{ sequence }` of them, as bubbles in order. */
export function whatsAppPreview(payload: unknown): PreviewBubble[] {
  if (!isRecord(payload)) return [{ form: "other", cards: [], quickReplies: noChips }];
  const sequence = recordsAt(payload, "sequence");
  return sequence.length > 0 ? sequence.map(bodyBubble) : [bodyBubble(payload)];
}
