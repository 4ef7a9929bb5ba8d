/** Pieces every web chat compiler shares: texts, headers and media sources, each checked with its path. */
import type { Header, LimitViolation, MediaSource } from "@switchboard/core";
import { checkLength } from "../limits/check-length.js";
import { checkHttpUrl } from "../limits/check-url.js";
import { URL_MAX, WEBCHAT } from "./webchat-limits.js";
import type { WebchatHeader } from "./webchat-message.js";

export function checkText(
  violations: LimitViolation[],
  path: string,
  value: string | undefined,
  max: number,
  required = false,
): void {
  checkLength(violations, path, value, { platform: WEBCHAT, max, required });
}

/** The URL a browser loads: the widget cannot fetch a platform's media id. */
export function mediaUrl(violations: LimitViolation[], path: string, source: MediaSource): string {
  if ("url" in source) {
    checkHttpUrl(violations, `${path}.url`, source.url, { platform: WEBCHAT, max: URL_MAX });
    return source.url;
  }
  violations.push({
    path: `${path}.mediaId`,
    rule: "format",
    message: `${path}.mediaId: a platform media id cannot be shown in a browser, ${WEBCHAT} needs a url`,
  });
  return "";
}

export function compileHeader(
  violations: LimitViolation[],
  header: Header | undefined,
  max: number,
): WebchatHeader | undefined {
  if (header === undefined) return undefined;
  if (header.type === "text") {
    checkText(violations, "header.text", header.text, max, true);
    return { type: "text", value: header.text };
  }
  return { type: header.type, value: mediaUrl(violations, "header.source", header.source) };
}

/** The value when it holds more than white space: blank optional texts are left out of the payload. */
export function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  const entry: Partial<Record<K, string>> = {};
  if (value !== undefined && value.trim() !== "") entry[key] = value;
  return entry;
}
