/**
 * The Meta messaging webhook envelope Messenger (`object: "page"`) and Instagram (`object: "instagram"`)
 * share (PLATFORMS.md B5): entries holding `messaging` items, `standby` items or `changes`.
 */
import { z } from "zod";
import type { ChannelKind } from "@switchboard/core";

/** Which platform an envelope belongs to: its `object` word and our channel kind. */
export interface MessagingPlatform {
  object: "page" | "instagram";
  channel: Extract<ChannelKind, "messenger" | "instagram">;
}

export const MESSENGER_PLATFORM: MessagingPlatform = { object: "page", channel: "messenger" };
export const INSTAGRAM_PLATFORM: MessagingPlatform = { object: "instagram", channel: "instagram" };

const items = z.array(z.unknown()).optional().catch(undefined);

export const EntrySchema = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  time: z.number().optional().catch(undefined),
  messaging: items,
  standby: items,
  changes: items,
});
export type Entry = z.output<typeof EntrySchema>;

/** The entries of a body that is this platform's envelope, else undefined. */
export function entriesOf(body: unknown, platform: MessagingPlatform): unknown[] | undefined {
  const envelope = z
    .object({ object: z.literal(platform.object), entry: z.array(z.unknown()) })
    .safeParse(body);
  return envelope.success ? envelope.data.entry : undefined;
}

/**
 * Meta's times come in milliseconds (messaging `timestamp`) or in seconds (feed `created_time`, some
 * entry `time`s): anything below 10^11 is taken as seconds.
 */
export function epochMs(time: number): number {
  return time < 1e11 ? time * 1000 : time;
}

/** What every event parsed from one entry shares. */
export interface EntryContext {
  channel: MessagingPlatform["channel"];
  /** `entry.id`: the Page id or the Instagram professional account id. */
  accountExternalId: string;
}
