/**
 * Compiles a neutral choice into a Flex message with one button per option: one bubble, or a carousel
 * when the options need more (each section split every 10 options, at most 12 bubbles, D2).
 */
import type { Header, LimitViolation, MessageOf } from "@switchboard/core";
import { checkCount } from "../limits/check-count.js";
import { checkText, nonBlank } from "./check-text.js";
import { compileChoiceItems, optionsPath, type ChoiceItem } from "./compile-choice-items.js";
import { compileMediaUrl } from "./compile-media-url.js";
import { flexBubble, type BubbleParts } from "./flex-bubble.js";
import { ALT_TEXT_MAX, FLEX_BUBBLES_MAX, FLEX_OPTIONS_PER_BUBBLE } from "./line-limits.js";
import type { LineFlexBubble, LineFlexMessage } from "./line-message-types.js";
import { notAllowed } from "./not-allowed.js";

/** The top of the first bubble: a bold title or a full-width image. */
export function compileFlexHeader(
  violations: LimitViolation[],
  header: Header | undefined,
): Pick<BubbleParts, "title" | "heroImageUrl"> {
  if (header === undefined) return {};
  if (header.type === "text") {
    checkText(violations, "header.text", header.text, { required: true });
    return { title: header.text };
  }
  if (header.type !== "image") {
    notAllowed(
      violations,
      "header",
      `a LINE Flex message here shows an image at the top, not a ${header.type}`,
    );
    return {};
  }
  return { heroImageUrl: compileMediaUrl(violations, "header.source", header.source, "a Flex image") };
}

/** A Flex message of `bubbles`: the bubble itself when there is one, else a carousel of them. */
export function flexMessage(altText: string, bubbles: LineFlexBubble[]): LineFlexMessage {
  const [only, ...others] = bubbles;
  if (only !== undefined && others.length === 0) return { type: "flex", altText, contents: only };
  return { type: "flex", altText, contents: { type: "carousel", contents: bubbles } };
}

/**
 * The header, body and footer sit on the first and last bubbles; every section starts a new bubble
 * under its title. Descriptions show under their buttons. The body is the `altText` (≤400).
 */
export function compileFlexChoices(
  violations: LimitViolation[],
  message: MessageOf<"choices">,
): LineFlexMessage {
  const top = compileFlexHeader(violations, message.header);
  checkText(violations, "body", message.body, {
    required: true,
    max: ALT_TEXT_MAX,
    as: "also the altText of a Flex message",
  });
  const items = compileChoiceItems(violations, message.sections);
  checkCount(violations, optionsPath(message.sections), items.length, {
    platform: "LINE",
    min: 1,
    unit: "options",
  });
  const panels: { sectionTitle: string | undefined; items: ChoiceItem[] }[] = [];
  message.sections.forEach((section, s) => {
    if (message.sections.length > 1) {
      checkCount(violations, `sections[${s}].options`, section.options.length, {
        platform: "LINE",
        min: 1,
        unit: "options",
      });
    }
    const own = items.filter((item) => item.section === s);
    for (let start = 0; start < own.length; start += FLEX_OPTIONS_PER_BUBBLE) {
      panels.push({
        sectionTitle: nonBlank(section.title),
        items: own.slice(start, start + FLEX_OPTIONS_PER_BUBBLE),
      });
    }
  });
  checkCount(violations, "sections", panels.length, {
    platform: "LINE",
    max: FLEX_BUBBLES_MAX,
    unit: "Flex bubbles",
    scope: `needed (a bubble holds ${FLEX_OPTIONS_PER_BUBBLE} options of one section)`,
  });
  const footer = nonBlank(message.footer);
  const bubbles = panels.map((panel, i) =>
    flexBubble({
      ...(i === 0 ? { ...top, intro: message.body } : {}),
      ...(panel.sectionTitle === undefined ? {} : { sectionTitle: panel.sectionTitle }),
      buttons: panel.items.map((item) => ({ action: item.action, description: item.description })),
      ...(i === panels.length - 1 && footer !== undefined ? { footer } : {}),
      buttonStyle: "secondary",
    }),
  );
  return flexMessage(message.body, bubbles);
}
