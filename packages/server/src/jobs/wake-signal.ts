/** A wake-up call between parts of one process: a notification is kept until someone waits for it. */

/** Lets a loop sleep until notified or until a timeout, whichever comes first. Notifications do not stack. */
export class WakeSignal {
  private pending = false;
  private wakeSleeper: (() => void) | undefined;

  notify(): void {
    this.pending = true;
    this.wakeSleeper?.();
  }

  /** Forgets an earlier notification (the loop is about to look anyway). */
  clear(): void {
    this.pending = false;
  }

  /** Resolves at once if notified since the last wait or clear; otherwise at the next notify or after `timeoutMs`. */
  async wait(timeoutMs?: number): Promise<void> {
    if (!this.pending) {
      await new Promise<void>((resolve) => {
        const timer = timeoutMs === undefined ? undefined : setTimeout(resolve, timeoutMs);
        this.wakeSleeper = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeSleeper = undefined;
    }
    this.pending = false;
  }
}
