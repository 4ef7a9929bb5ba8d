/** Lets the event loop handle pending I/O (webhooks to read, answers to write) before going on. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
