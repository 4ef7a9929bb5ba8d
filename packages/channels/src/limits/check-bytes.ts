/** Checks a text against a limit the platform states in UTF-8 bytes (a CJK character takes 3, most emoji 4). */
import type { LimitViolation } from "@switchboard/core";

export interface ByteRule {
  /** The platform named in messages: "Instagram allows 1000 bytes". */
  platform: string;
  max: number;
}

/** UTF-8 bytes of `value`, as the platform receives it in a JSON body. */
export function utf8ByteLength(value: string): number {
  return Buffer.byteLength(value, "utf8");
}

/** Pushes a `max_bytes` violation when `value` takes more than `rule.max` UTF-8 bytes; undefined passes. */
export function checkUtf8Bytes(
  violations: LimitViolation[],
  path: string,
  value: string | undefined,
  rule: ByteRule,
): void {
  if (value === undefined) return;
  const bytes = utf8ByteLength(value);
  if (bytes <= rule.max) return;
  violations.push({
    path,
    rule: "max_bytes",
    message: `${path}: ${bytes} UTF-8 bytes (${[...value].length} characters), ${rule.platform} allows ${rule.max} bytes`,
    limit: rule.max,
    actual: bytes,
  });
}
