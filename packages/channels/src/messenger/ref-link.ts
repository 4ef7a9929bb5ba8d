/**
 * m.me and ig.me links that carry a `ref` code (PLATFORMS.md B6): a new thread receives it on the Get
 * Started postback, an existing one as a referral event.
 */
import { err, ok, type LimitViolation, type Result } from "@switchboard/core";
import { checkLength } from "../limits/check-length.js";
import { REF_MAX } from "./messenger-limits.js";

/** Page usernames and ids: letters, digits and periods. Instagram usernames add underscores. */
const PAGE_NAME = /^[A-Za-z0-9.]+$/;
const INSTAGRAM_NAME = /^[A-Za-z0-9._]+$/;
/** The characters older Meta docs allow in a ref; kept to, so the code survives every client. */
const REF_CHARACTERS = /^[A-Za-z0-9+/=\-.:_]+$/;

function checkRef(violations: LimitViolation[], ref: string, platform: string): void {
  checkLength(violations, "ref", ref, { platform, required: true, max: REF_MAX });
  if (ref.trim().length > 0 && !REF_CHARACTERS.test(ref)) {
    violations.push({
      path: "ref",
      rule: "format",
      message: `ref: ${JSON.stringify(ref)} may hold only letters, digits and + / = - . : _`,
    });
  }
}

function checkName(
  violations: LimitViolation[],
  name: string,
  pattern: RegExp,
  what: string,
  platform: string,
): void {
  checkLength(violations, "page", name, { platform, required: true });
  if (name.trim().length > 0 && !pattern.test(name)) {
    violations.push({
      path: "page",
      rule: "format",
      message: `page: ${JSON.stringify(name)} is not ${what}`,
    });
  }
}

/** `https://m.me/<page>?ref=<code>`; `page` is the Page's username or id. */
export function messengerRefLink(page: string, ref: string): Result<string, LimitViolation[]> {
  const violations: LimitViolation[] = [];
  checkName(violations, page, PAGE_NAME, "a Page username or id", "Messenger");
  checkRef(violations, ref, "Messenger");
  if (violations.length > 0) return err(violations);
  return ok(`https://m.me/${page}?ref=${encodeURIComponent(ref)}`);
}

/** `https://ig.me/m/<username>?ref=<code>` for an Instagram professional account. */
export function instagramRefLink(username: string, ref: string): Result<string, LimitViolation[]> {
  const violations: LimitViolation[] = [];
  checkName(violations, username, INSTAGRAM_NAME, "an Instagram username", "Instagram");
  checkRef(violations, ref, "Instagram");
  if (violations.length > 0) return err(violations);
  return ok(`https://ig.me/m/${username}?ref=${encodeURIComponent(ref)}`);
}
