/**
 * The simulator's knobs: status webhook timing, throughput and pair rate limits, template review and
 * webhook retries. Defaults favour the embedded demo and benchmarks; Meta's own values are in the comments.
 */
import { z } from "zod";

const delayMs = z.number().int().min(0).max(3_600_000);

export const simulatorSettingsSchema = z.strictObject({
  /** Send `sent` / `delivered` / `read` / `failed` status webhooks for business messages. */
  statusWebhooks: z.boolean(),
  /** Delay from acceptance to the `sent` status (and to `failed` for asynchronous failures). */
  sentDelayMs: delayMs,
  /** Delay from acceptance to the `delivered` status. */
  deliveredDelayMs: delayMs,
  /** Delay from acceptance to the `read` status (only when `autoRead`). */
  readDelayMs: delayMs,
  /** The customer reads every message at once; when false, only the control API marks messages read. */
  autoRead: z.boolean(),
  /**
   * Messages per second per business phone number before error 130429. Meta's default is 80 (1,000
   * after the automatic upgrade, 20 for coexistence numbers); 1,000 here so the demo is never throttled.
   */
  messagesPerSecond: z.number().int().min(1).max(100_000),
  /**
   * Enforce Meta's pair rate limit (one message per 6 s to the same customer, bursts of up to 45 that
   * borrow from future quota) with error 131056. Meta always enforces it; off here for the demo.
   */
  pairRateLimit: z.boolean(),
  /** Time a new template stays PENDING before it is APPROVED (or REJECTED). Meta: up to 24 h. */
  templateReviewDelayMs: delayMs,
  /** Waits before each retry of a webhook that did not answer 200. Meta retries for up to 7 days. */
  webhookRetryDelaysMs: z.array(delayMs).max(10),
  /** Time a webhook POST may take before it counts as failed. */
  webhookTimeoutMs: z.number().int().min(100).max(120_000),
  /**
   * Messenger and Instagram show quick reply and button titles over 20 characters truncated instead of
   * refusing them. True refuses them (error 100) so a compiler that lets one through is caught.
   */
  metaStrictTitles: z.boolean(),
  /** Send Messenger `message_echoes` (Instagram: `messages` with `is_echo`) for what the page sends. */
  echoWebhooks: z.boolean(),
  /** How long a LINE reply token stays usable. LINE: "about a minute" (not guaranteed beyond it). */
  lineReplyTokenTtlMs: delayMs,
});

export type SimulatorSettings = z.infer<typeof simulatorSettingsSchema>;

/** A PATCH of the settings: some or all of the keys. */
export const settingsPatchSchema = simulatorSettingsSchema.partial();

export const defaultSettings: Readonly<SimulatorSettings> = Object.freeze({
  statusWebhooks: true,
  sentDelayMs: 100,
  deliveredDelayMs: 300,
  readDelayMs: 800,
  autoRead: true,
  messagesPerSecond: 1000,
  pairRateLimit: false,
  templateReviewDelayMs: 2000,
  webhookRetryDelaysMs: [1000, 5000, 25_000],
  webhookTimeoutMs: 10_000,
  metaStrictTitles: true,
  echoWebhooks: true,
  lineReplyTokenTtlMs: 60_000,
});
