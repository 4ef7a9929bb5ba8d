/** Reads the web chat widget message `/messages/check` returns (`{ message: {...} }`) into preview bubbles. */
import {
  card,
  isRecord,
  recordAt,
  recordsAt,
  stringAt,
  type Json,
  type PreviewBubble,
  type PreviewCard,
} from "./preview-model";

const noChips: string[] = [];

const one = (form: PreviewBubble["form"], only: PreviewCard): PreviewBubble => ({
  form,
  cards: [only],
  quickReplies: noChips,
});

/** A text header is the card's title; a media header is its picture when it is an image. */
function headerParts(message: Json): { title?: string | undefined; imageUrl?: string | undefined } {
  const header = recordAt(message, "header");
  const type = stringAt(header, "type");
  const value = stringAt(header, "value");
  if (type === "text") return { title: value };
  return type === "image" ? { imageUrl: value } : {};
}

function choicesBubble(message: Json): PreviewBubble {
  const options = recordsAt(message, "sections").flatMap((section) => recordsAt(section, "options"));
  const titles = options.map((option) => stringAt(option, "title"));
  const lines = [stringAt(message, "body"), stringAt(message, "footer")];
  if (stringAt(message, "style") === "list") {
    // The list opens in a sheet from its button: the options are what the sheet shows.
    const bubble = one(
      "list",
      card({ ...headerParts(message), lines, buttons: [stringAt(message, "listButton")] }),
    );
    return { ...bubble, quickReplies: titles.filter((title): title is string => title !== undefined) };
  }
  return one("reply_buttons", card({ ...headerParts(message), lines, buttons: titles }));
}

function carouselBubble(message: Json): PreviewBubble {
  const cards = recordsAt(message, "cards").map((entry) =>
    card({
      title: stringAt(entry, "title"),
      imageUrl: stringAt(entry, "imageUrl"),
      lines: [stringAt(entry, "subtitle")],
      buttons: recordsAt(entry, "buttons").map((button) => stringAt(button, "title")),
    }),
  );
  const body = stringAt(message, "body");
  const intro = body === undefined ? [] : [card({ lines: [body] })];
  return { form: "card_carousel", cards: [...intro, ...cards], quickReplies: noChips };
}

function mediaBubble(message: Json): PreviewBubble {
  const mediaType = stringAt(message, "mediaType");
  const url = stringAt(message, "url");
  const imageUrl = mediaType === "image" || mediaType === "sticker" ? url : undefined;
  const lines = [stringAt(message, "caption") ?? stringAt(message, "filename") ?? url];
  return one("media", card({ title: mediaType, imageUrl, lines }));
}

function messageBubble(message: Json): PreviewBubble {
  const type = stringAt(message, "type");
  switch (type) {
    case "text":
      return one("text", card({ lines: [stringAt(message, "text")] }));
    case "media":
      return mediaBubble(message);
    case "location":
      return one(
        "location",
        card({
          title: stringAt(message, "name"),
          lines: [stringAt(message, "address") ?? stringAt(message, "mapUrl")],
        }),
      );
    case "contacts":
      return one(
        "contacts",
        card({ lines: recordsAt(message, "contacts").map((entry) => stringAt(entry, "name")) }),
      );
    case "reaction":
      return one("reaction", card({ lines: [stringAt(message, "emoji")] }));
    case "choices":
      return choicesBubble(message);
    case "cta":
      return one(
        "cta_url",
        card({
          ...headerParts(message),
          lines: [stringAt(message, "body"), stringAt(message, "footer")],
          buttons: [stringAt(message, "buttonText")],
        }),
      );
    case "carousel":
      return carouselBubble(message);
    case "location_request":
      return one("location_request", card({ lines: [stringAt(message, "body")] }));
    case "product":
      return one(
        "product",
        card({
          title: stringAt(message, "header"),
          lines: [stringAt(message, "body"), stringAt(message, "footer")],
        }),
      );
    case "card":
      return one(
        "card",
        card({
          title: stringAt(message, "header"),
          lines: [stringAt(message, "body"), stringAt(message, "footer")],
          buttons: [stringAt(message, "label")],
        }),
      );
    default:
      return one("other", card({ lines: [type] }));
  }
}

/**
 * Pure: the widget's one message → one bubble (text, media, location, contacts, reaction, reply buttons or
 * a list whose options are chips, a link button, a card carousel after its body, a location request, a
 * product, a card); anything else → an "other" bubble, so the preview never hides a payload.
 */
export function webchatPreview(payload: unknown): PreviewBubble[] {
  const message = isRecord(payload) ? payload["message"] : undefined;
  if (!isRecord(message)) return [{ form: "other", cards: [], quickReplies: noChips }];
  return [messageBubble(message)];
}
