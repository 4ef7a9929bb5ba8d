/**
 * The fields a choice node's options and a carousel node's reply buttons share (what a tap does), and the
 * fields both nodes share about the answer (where it is kept, what happens on one that does not fit).
 */
import { z } from "zod";
import { OutboundMessageSchema } from "@switchboard/core";

/** What tapping an option does. */
export const optionOutcomeShape = {
  /** Module to continue with; absent: the next node of this module. */
  goTo: z.string().min(1).optional(),
  addTags: z.array(z.string().min(1)).default([]),
  removeTags: z.array(z.string().min(1)).default([]),
};

/** Where the answer is kept and how many unmatched replies the node takes. */
export const answerSettingsShape = {
  /** Contact attribute to store the chosen option's (tapped button's) title in. */
  attribute: z.string().min(1).optional(),
  /** Sent on an unmatched reply; absent: the node's message is sent again. */
  retryMessage: OutboundMessageSchema.optional(),
  maxTries: z.number().int().min(1).default(3),
  /** Module to go to after `maxTries` unmatched replies; absent: keep asking. */
  onGiveUp: z.string().min(1).optional(),
};
