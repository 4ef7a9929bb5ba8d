/** Turns a neutral media source into WhatsApp's `{ id }` or `{ link }`, checking it on the way. */
import type { LimitViolation, MediaSource } from "@switchboard/core";
import { checkHttpUrl } from "../limits/check-url.js";
import { checkId } from "../limits/check-id.js";
import type { WhatsAppMediaObject } from "./compiled-body.js";

/** `path` names the source in the neutral message, e.g. `header.source`. */
export function compileMediaSource(
  violations: LimitViolation[],
  path: string,
  source: MediaSource,
): WhatsAppMediaObject {
  if ("url" in source) {
    checkHttpUrl(violations, `${path}.url`, source.url, { platform: "WhatsApp" });
    return { link: source.url };
  }
  checkId(violations, `${path}.mediaId`, source.mediaId, { platform: "WhatsApp" });
  return { id: source.mediaId };
}
