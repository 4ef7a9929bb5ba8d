/** Compiles the header of a neutral message into a LINE buttons template's title or thumbnail image. */
import type { Header, LimitViolation } from "@switchboard/core";
import { checkText } from "./check-text.js";
import { compileMediaUrl } from "./compile-media-url.js";
import { BUTTONS_TITLE_MAX } from "./line-limits.js";
import { notAllowed } from "./not-allowed.js";

/** The parts of a buttons template that come from the neutral header (D2). */
export interface TemplateHeader {
  title?: string;
  thumbnailImageUrl?: string;
}

/**
 * A text header becomes the template `title` (≤40); an image header the `thumbnailImageUrl` (HTTPS,
 * ≤2000). A video or document header is a `not_allowed` violation: a template shows only an image.
 */
export function compileTemplateHeader(
  violations: LimitViolation[],
  header: Header | undefined,
): TemplateHeader {
  if (header === undefined) return {};
  if (header.type === "text") {
    checkText(violations, "header.text", header.text, {
      required: true,
      max: BUTTONS_TITLE_MAX,
      as: "the template title",
    });
    return { title: header.text };
  }
  if (header.type !== "image") {
    notAllowed(violations, "header", `a LINE template shows an image at the top, not a ${header.type}`);
    return {};
  }
  return {
    thumbnailImageUrl: compileMediaUrl(violations, "header.source", header.source, "a template image"),
  };
}
