/** A conversation's bot state as stored: the version it runs and where it stands in it. */
import { z } from "zod";
import { BotStateSchema } from "@switchboard/engine";

export const StoredBotStateSchema = z
  .object({ versionId: z.string().min(1), state: BotStateSchema })
  .strict();
export type StoredBotState = z.infer<typeof StoredBotStateSchema>;

/** The stored state, or undefined for a conversation that has not met a bot (or met an older kind of bot). */
export function readStoredBotState(value: unknown): StoredBotState | undefined {
  const parsed = StoredBotStateSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
