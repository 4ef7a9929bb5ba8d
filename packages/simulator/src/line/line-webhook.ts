/**
 * LINE webhooks (PLATFORMS.md D3): `{ destination, events }`, signed with `X-Line-Signature` = base64
 * HMAC-SHA256 of the exact bytes keyed with the channel secret; a retry is a redelivery, so its events
 * carry `deliveryContext.isRedelivery: true` (and the same `webhookEventId`).
 */
import { createHmac } from "node:crypto";
import type { SimulatorRuntime } from "../runtime.js";
import type { AttemptResult, WebhookFormat } from "../webhooks/webhook-sender.js";
import type { LineChannel } from "./line-channels.js";

export function lineSignature(body: Buffer, channelSecret: string): string {
  return createHmac("sha256", channelSecret).update(body).digest("base64");
}

export const lineWebhookFormat: WebhookFormat = {
  body(payload, attempt) {
    if (attempt === 1) return Buffer.from(JSON.stringify(payload));
    return Buffer.from(
      JSON.stringify(payload, (key: string, value: unknown) => (key === "isRedelivery" ? true : value)),
    );
  },
  headers(body, secret) {
    return {
      "content-type": "application/json; charset=utf-8",
      "x-line-signature": lineSignature(body, secret),
      "user-agent": "LineBotWebhook/2.0",
    };
  },
};

/** Signs and posts `events` to the channel's webhook; resolves with the first attempt. */
export function deliverLineEvents(
  runtime: SimulatorRuntime,
  channel: LineChannel,
  events: unknown[],
  onAttempt?: (result: AttemptResult) => void,
): Promise<AttemptResult> {
  const target = { url: channel.webhookUrl, appSecret: channel.channelSecret, format: lineWebhookFormat };
  return runtime.sender.deliver(target, { destination: channel.botUserId, events }, "line", onAttempt);
}
