/** Remembers the chosen business and customer across reloads (private windows may refuse storage). */

type Choice = "business" | "customer";

const PREFIX = "switchboard.simulator.";

export function recall(choice: Choice): string | undefined {
  try {
    return window.localStorage.getItem(PREFIX + choice) ?? undefined;
  } catch {
    return undefined;
  }
}

export function remember(choice: Choice, value: string | undefined): void {
  try {
    if (value === undefined) window.localStorage.removeItem(PREFIX + choice);
    else window.localStorage.setItem(PREFIX + choice, value);
  } catch {
    // Storage is optional: the page then starts with the first business.
  }
}
