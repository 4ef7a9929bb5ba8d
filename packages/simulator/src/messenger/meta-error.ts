/**
 * Errors of the Messenger and Instagram Send and Profile APIs, in Meta's shape (PLATFORMS.md B3):
 * `{ error: { message: "(#code) …", type, code, error_subcode?, fbtrace_id } }`. When there is more to
 * say (every broken limit, the window's age) it goes in `error_user_title` / `error_user_msg`.
 */
import { GraphError } from "../graph/graph-error.js";
import type { MetaPlatform } from "./meta-accounts.js";

export interface MetaErrorOptions {
  subcode?: number;
  httpStatus?: number;
  /** Every problem, for `error_user_msg`. */
  problems?: string[];
  type?: string;
}

/** `text` is Meta's message without the `(#code)` prefix. */
export function metaError(code: number, text: string, options: MetaErrorOptions = {}): GraphError {
  const problems = options.problems ?? [];
  return new GraphError(code, problems.join("; "), {
    message: `(#${code}) ${text}`,
    httpStatus: options.httpStatus ?? 400,
    type: options.type ?? "OAuthException",
    ...(options.subcode === undefined ? {} : { subcode: options.subcode }),
    ...(problems.length > 0 ? { userTitle: "Invalid message" } : {}),
    messagingData: false,
  });
}

/** Meta's standard messaging window has closed (10 / 2018278 on Messenger, 10 / 2534022 on Instagram). */
export function outsideWindowError(platform: MetaPlatform, why: string): GraphError {
  return metaError(
    10,
    "This message is sent outside of allowed window. Learn more about the new policy here: https://developers.facebook.com/docs/messenger-platform/policy-overview",
    { subcode: platform === "messenger" ? 2018278 : 2534022, problems: [why] },
  );
}

/** The recipient is not a person who messaged this page or account (100 / 2018001). */
export function noMatchingUserError(what: string): GraphError {
  return metaError(100, "No matching user found", { subcode: 2018001, problems: [what] });
}
