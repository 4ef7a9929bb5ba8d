/** Recognizes a ref link's code in the first message it prefills (`wa.me/<number>?text=<code>`). */
import { normalizeReply } from "../runtime/normalize-reply.js";

/**
 * The code the whole of `text` is, or undefined. The customer may send the prefilled text as is, with
 * spaces or line breaks around it, or retyped in another case or width: both sides are folded by
 * `normalizeReply`. A code inside a longer message does not count. The first matching code wins.
 */
export function matchRefLinkCode(codes: readonly string[], text: string): string | undefined {
  const folded = normalizeReply(text);
  if (folded === "") return undefined;
  return codes.find((code) => normalizeReply(code) === folded);
}
