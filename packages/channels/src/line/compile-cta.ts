/** Compiles a neutral call-to-action (a button opening a URL) into a LINE buttons template or Flex bubble. */
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { checkText, nonBlank } from "./check-text.js";
import { checkActionUri } from "./check-url.js";
import { compileFlexHeader, flexMessage } from "./compile-flex-choices.js";
import { compileTemplateHeader } from "./compile-template-header.js";
import { buttonsTemplateMessage } from "./compile-templates.js";
import { flexBubble } from "./flex-bubble.js";
import { ACTION_LABEL_MAX, ALT_TEXT_MAX } from "./line-limits.js";
import type { LineMessage, LineUriAction } from "./line-message-types.js";

/**
 * A buttons template with one uri action (label ≤20; http, https, line or tel URI ≤1000); with a
 * footer, which templates cannot show, a Flex bubble instead (body ≤400 as its altText).
 */
export function compileCallToAction(
  violations: LimitViolation[],
  message: MessageOf<"cta_url">,
): LineMessage {
  checkText(violations, "buttonText", message.buttonText, {
    required: true,
    max: ACTION_LABEL_MAX,
    as: "the button label",
  });
  checkActionUri(violations, "url", message.url);
  const action: LineUriAction = { type: "uri", label: message.buttonText, uri: message.url };
  const footer = nonBlank(message.footer);
  if (footer === undefined) {
    const header = compileTemplateHeader(violations, message.header);
    return buttonsTemplateMessage(violations, header, message.body, {
      actions: [action],
      path: "buttonText",
      unit: "buttons",
    });
  }
  const top = compileFlexHeader(violations, message.header);
  checkText(violations, "body", message.body, {
    required: true,
    max: ALT_TEXT_MAX,
    as: "also the altText of a Flex message",
  });
  const bubble = flexBubble({
    ...top,
    intro: message.body,
    buttons: [{ action }],
    footer,
    buttonStyle: "primary",
  });
  return flexMessage(message.body, [bubble]);
}
