/**
 * The postback payloads Switchboard writes, so a tap can be told apart: Get Started, a menu item or ice
 * breaker that opens a bot module, or (anything else) the id of an option we offered.
 */

/** The Get Started payload the Messenger Profile builder sets unless told otherwise. */
export const GET_STARTED_PAYLOAD = "get_started";

const MODULE_PREFIX = "module:";

/** The payload of a menu item or ice breaker that opens module `moduleId`. */
export function moduleOpenPayload(moduleId: string): string {
  return `${MODULE_PREFIX}${moduleId}`;
}

/** What a postback payload asks for. */
export type PostbackIntent =
  | { kind: "get_started" }
  | { kind: "open_module"; moduleId: string }
  /** The id of an option of a choice we sent (a button template button): treat it as that choice's reply. */
  | { kind: "option"; optionId: string };

/** Reads a postback's payload; `getStartedPayload` is what the account's profile set. */
export function readPostbackPayload(
  payload: string,
  getStartedPayload = GET_STARTED_PAYLOAD,
): PostbackIntent {
  if (payload === getStartedPayload) return { kind: "get_started" };
  if (payload.startsWith(MODULE_PREFIX) && payload.length > MODULE_PREFIX.length) {
    return { kind: "open_module", moduleId: payload.slice(MODULE_PREFIX.length) };
  }
  return { kind: "option", optionId: payload };
}
