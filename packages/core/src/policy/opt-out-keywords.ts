/**
 * Opt-out and opt-in keywords: a customer who writes only "STOP" or "退訂" unsubscribes, "START" or "訂閱"
 * subscribes again. Matching ignores case, full-width forms, surrounding spaces and punctuation.
 */

/** A keyword and the topic it opts out of (or into). `all` means every business-initiated message. */
export interface TopicKeyword {
  keyword: string;
  topic: string;
}

/** Default opt-out words, English and Chinese (traditional and simplified). */
export const DEFAULT_OPT_OUT_KEYWORDS: readonly TopicKeyword[] = [
  { keyword: "STOP", topic: "all" },
  { keyword: "UNSUBSCRIBE", topic: "all" },
  { keyword: "退訂", topic: "all" },
  { keyword: "取消訂閱", topic: "all" },
  { keyword: "退订", topic: "all" },
  { keyword: "取消订阅", topic: "all" },
];

/** Default opt-in words, English and Chinese (traditional and simplified). */
export const DEFAULT_OPT_IN_KEYWORDS: readonly TopicKeyword[] = [
  { keyword: "START", topic: "all" },
  { keyword: "SUBSCRIBE", topic: "all" },
  { keyword: "訂閱", topic: "all" },
  { keyword: "订阅", topic: "all" },
];

/**
 * NFKC turns full-width letters into ASCII ("ＳＴＯＰ" → "STOP"); then lower case, inner spaces collapsed,
 * and spaces and punctuation at either end dropped ("Stop!" and "退訂。" count, "stop it" does not).
 */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "")
    .replace(/\s+/gu, " ");
}

function match(text: string, keywords: readonly TopicKeyword[]): { topic: string } | undefined {
  const said = normalise(text);
  if (said === "") return undefined;
  const found = keywords.find((k) => normalise(k.keyword) === said);
  return found ? { topic: found.topic } : undefined;
}

/**
 * The topic the customer opts out of when the whole message is an opt-out keyword; undefined otherwise
 * (a keyword inside a longer sentence is not an opt-out). `keywords` replaces the defaults.
 */
export function detectOptOut(
  text: string,
  keywords: readonly TopicKeyword[] = DEFAULT_OPT_OUT_KEYWORDS,
): { topic: string } | undefined {
  return match(text, keywords);
}

/** The topic the customer opts back into when the whole message is an opt-in keyword; else undefined. */
export function detectOptIn(
  text: string,
  keywords: readonly TopicKeyword[] = DEFAULT_OPT_IN_KEYWORDS,
): { topic: string } | undefined {
  return match(text, keywords);
}
