/** A short reason for a failed call, for "Could not load …: {reason}" texts. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/** True when a request ended because we cancelled it (page left, conversation changed). */
export function isAbort(error: unknown, signal?: AbortSignal): boolean {
  return signal?.aborted === true || (error instanceof DOMException && error.name === "AbortError");
}
