/**
 * Where one conversation stands in a bot version: what it waits for, which choices the customer has
 * seen (so an older choice can still be tapped), and a counter that keeps timer/request tokens unique.
 */
import { z } from "zod";

/** A node of a module, by the module's id and the node's index in it. */
export const NodePositionSchema = z
  .object({ moduleId: z.string(), nodeIndex: z.number().int().min(0) })
  .strict();
export type NodePosition = z.infer<typeof NodePositionSchema>;

/** What the conversation waits for: a reply (ask, choice), a timer, or an HTTP response. */
export const PendingSchema = z.discriminatedUnion("type", [
  NodePositionSchema.extend({ type: z.literal("ask"), tries: z.number().int().min(0) }).strict(),
  NodePositionSchema.extend({ type: z.literal("choice"), tries: z.number().int().min(0) }).strict(),
  NodePositionSchema.extend({ type: z.literal("wait"), token: z.string() }).strict(),
  NodePositionSchema.extend({ type: z.literal("http"), token: z.string() }).strict(),
]);
export type Pending = z.infer<typeof PendingSchema>;

/** How many shown choices stay tappable after the flow moved on. */
export const OFFERED_CHOICES_KEPT = 20;

/** JSON-serialisable; parse stored state with it. `{}` parses to a fresh conversation. */
export const BotStateSchema = z
  .object({
    /** `handed_over`: people answer, the bot stays silent until the next start. */
    status: z.enum(["active", "handed_over", "ended"]).default("active"),
    pending: PendingSchema.nullable().default(null),
    /** Choice nodes shown in this conversation, oldest first, at most `OFFERED_CHOICES_KEPT`. */
    offeredChoices: z.array(NodePositionSchema).default([]),
    /** Grows with each timer or request token issued. */
    sequence: z.number().int().min(0).default(0),
  })
  .strict();
export type BotState = z.infer<typeof BotStateSchema>;

/** The state of a conversation that has not met the bot yet. */
export function initialBotState(): BotState {
  return { status: "active", pending: null, offeredChoices: [], sequence: 0 };
}
