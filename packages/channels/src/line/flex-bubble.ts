/** Builds the Flex bubbles the compilers send: an optional title or image, text, buttons, a small footer. */
import type { LineAction, LineFlexBubble, LineFlexComponent, LineFlexText } from "./line-message-types.js";

/** What one bubble shows, top to bottom. */
export interface BubbleParts {
  title?: string;
  heroImageUrl?: string;
  /** The message body, shown above the buttons. */
  intro?: string;
  /** A section title, shown in bold above its buttons. */
  sectionTitle?: string;
  buttons: { action: LineAction; description?: string | undefined }[];
  footer?: string;
  /** `primary` for a single call to action, `secondary` for a row of options. */
  buttonStyle: "primary" | "secondary";
}

const text = (value: string, style: Omit<LineFlexText, "type" | "text"> = {}): LineFlexText => ({
  type: "text",
  text: value,
  wrap: true,
  ...style,
});

/** One bubble; boxes without content are left out (LINE refuses an empty box). */
export function flexBubble(parts: BubbleParts): LineFlexBubble {
  const body: LineFlexComponent[] = [];
  if (parts.intro !== undefined) body.push(text(parts.intro, { size: "md" }));
  if (parts.sectionTitle !== undefined) {
    body.push(text(parts.sectionTitle, { weight: "bold", size: "sm", color: "#555555", margin: "lg" }));
  }
  for (const button of parts.buttons) {
    body.push({
      type: "button",
      style: parts.buttonStyle,
      height: "sm",
      margin: "md",
      action: button.action,
    });
    if (button.description !== undefined) {
      body.push(text(button.description, { size: "xs", color: "#888888", margin: "xs" }));
    }
  }
  return {
    type: "bubble",
    ...(parts.title === undefined
      ? {}
      : {
          header: {
            type: "box",
            layout: "vertical",
            contents: [text(parts.title, { weight: "bold", size: "lg" })],
          },
        }),
    ...(parts.heroImageUrl === undefined
      ? {}
      : {
          hero: {
            type: "image",
            url: parts.heroImageUrl,
            size: "full",
            aspectMode: "cover",
            aspectRatio: "20:13",
          },
        }),
    body: { type: "box", layout: "vertical", spacing: "sm", contents: body },
    ...(parts.footer === undefined
      ? {}
      : {
          footer: {
            type: "box",
            layout: "vertical",
            contents: [text(parts.footer, { size: "xs", color: "#aaaaaa" })],
          },
        }),
  };
}
