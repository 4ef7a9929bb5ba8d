/** Reads the LINE messages `/messages/check` returns (`{ messages: [...] }`) into preview bubbles. */
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

const actionLabels = (value: Json) => recordsAt(value, "actions").map((action) => stringAt(action, "label"));

interface FlexParts {
  lines: string[];
  buttons: string[];
  images: string[];
}

const noParts = (): FlexParts => ({ lines: [], buttons: [], images: [] });

/** Texts and button labels of a Flex component tree, in reading order. */
function flexParts(component: Json, into: FlexParts): void {
  const type = stringAt(component, "type");
  if (type === "text") {
    const text = stringAt(component, "text");
    if (text !== undefined) into.lines.push(text);
  } else if (type === "button") {
    const label = stringAt(recordAt(component, "action"), "label");
    if (label !== undefined) into.buttons.push(label);
  } else if (type === "image") {
    const url = stringAt(component, "url");
    if (url !== undefined) into.images.push(url);
  }
  for (const child of recordsAt(component, "contents")) flexParts(child, into);
}

/** One Flex bubble: the header's first text as the title, the hero image, then every text and button. */
function flexCard(bubble: Json): PreviewCard {
  const header = noParts();
  flexParts(recordAt(bubble, "header"), header);
  const rest = noParts();
  for (const part of ["hero", "body", "footer"]) flexParts(recordAt(bubble, part), rest);
  const [title, ...headerLines] = header.lines;
  return card({
    title,
    imageUrl: rest.images[0],
    lines: [...headerLines, ...rest.lines],
    buttons: [...header.buttons, ...rest.buttons],
  });
}

function templateBubble(template: Json): Omit<PreviewBubble, "quickReplies"> {
  switch (stringAt(template, "type")) {
    case "buttons":
      return {
        form: "buttons",
        cards: [
          card({
            title: stringAt(template, "title"),
            imageUrl: stringAt(template, "thumbnailImageUrl"),
            lines: [stringAt(template, "text")],
            buttons: actionLabels(template),
          }),
        ],
      };
    case "confirm":
      return {
        form: "confirm",
        cards: [card({ lines: [stringAt(template, "text")], buttons: actionLabels(template) })],
      };
    case "carousel":
      return {
        form: "carousel",
        cards: recordsAt(template, "columns").map((column) =>
          card({
            title: stringAt(column, "title"),
            imageUrl: stringAt(column, "thumbnailImageUrl"),
            lines: [stringAt(column, "text")],
            buttons: actionLabels(column),
          }),
        ),
      };
    default:
      return { form: "other", cards: [card({ lines: [stringAt(template, "type")] })] };
  }
}

function messageBubble(message: Json): Omit<PreviewBubble, "quickReplies"> {
  switch (stringAt(message, "type")) {
    case "text":
      return { form: "text", cards: [card({ lines: [stringAt(message, "text")] })] };
    case "template":
      return templateBubble(recordAt(message, "template"));
    case "flex": {
      const contents = recordAt(message, "contents");
      const bubbles =
        stringAt(contents, "type") === "carousel" ? recordsAt(contents, "contents") : [contents];
      return { form: "flex", cards: bubbles.map(flexCard) };
    }
    case "image":
    case "video":
    case "audio": {
      const url = stringAt(message, "originalContentUrl");
      const imageUrl = stringAt(message, "type") === "image" ? url : stringAt(message, "previewImageUrl");
      return { form: "media", cards: [card({ title: stringAt(message, "type"), imageUrl, lines: [url] })] };
    }
    case "location":
      return {
        form: "location",
        cards: [card({ title: stringAt(message, "title"), lines: [stringAt(message, "address")] })],
      };
    default:
      return { form: "other", cards: [card({ lines: [stringAt(message, "type")] })] };
  }
}

/**
 * Pure: each LINE message → one bubble (text, buttons / confirm / carousel template, Flex bubble or
 * carousel, media, location); a quick reply on a message becomes its chips, and the form of a text
 * with a quick reply is `quick_replies`.
 */
export function linePreview(payload: unknown): PreviewBubble[] {
  const messages = isRecord(payload) ? recordsAt(payload, "messages") : [];
  return messages.map((message) => {
    const quickReplies = recordsAt(recordAt(message, "quickReply"), "items").flatMap(
      (item) => stringAt(recordAt(item, "action"), "label") ?? [],
    );
    const bubble = messageBubble(message);
    const form = bubble.form === "text" && quickReplies.length > 0 ? "quick_replies" : bubble.form;
    return { ...bubble, form, quickReplies };
  });
}
