/** One broken platform limit, found when compiling a neutral message for a channel. */
export interface LimitViolation {
  /** Path in the neutral message, e.g. `sections[0].options[3].title`. */
  path: string;
  /** Stable rule name, e.g. `max_length`, `max_items`, `required`, `unique`, `no_surrounding_spaces`. */
  rule: string;
  /** Human sentence naming the field and the rule: `sections[0].options[3].title: 31 characters, WhatsApp allows 24`. */
  message: string;
  /** The limit, when the rule has a number. */
  limit?: number;
  /** What the message had, when the rule has a number. */
  actual?: number;
}
