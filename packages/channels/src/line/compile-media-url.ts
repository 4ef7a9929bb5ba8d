/** Turns a neutral media source into the HTTPS URL LINE fetches, checking it on the way (D2). */
import type { LimitViolation, MediaSource } from "@switchboard/core";
import { checkMediaUrl } from "./check-url.js";
import { notAllowed } from "./not-allowed.js";

/**
 * `path` names the source in the neutral message, e.g. `header.source`; `as` says what LINE uses the URL
 * for ("the image"). A media id is refused: LINE takes media by URL only, it has no upload-and-send.
 */
export function compileMediaUrl(
  violations: LimitViolation[],
  path: string,
  source: MediaSource,
  as: string,
): string {
  if ("url" in source) {
    checkMediaUrl(violations, `${path}.url`, source.url, as);
    return source.url;
  }
  notAllowed(
    violations,
    `${path}.mediaId`,
    "LINE sends media by HTTPS URL only, not by a media id; give the file's URL",
  );
  return "";
}
