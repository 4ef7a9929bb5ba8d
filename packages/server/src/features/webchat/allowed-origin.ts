/** Pure: whether a browser page on `origin` may use an account's widget. */

/**
 * True when the request sent no `Origin` (not a cross-site browser request), when the origin is one the
 * account lists, or when it is the server's own (its demo page). Compared exactly, case-insensitively.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  allowedOrigins: readonly string[],
  ownOrigins: readonly string[],
): boolean {
  if (origin === undefined) return true;
  const wanted = origin.toLowerCase();
  return [...allowedOrigins, ...ownOrigins].some((allowed) => allowed.toLowerCase() === wanted);
}
