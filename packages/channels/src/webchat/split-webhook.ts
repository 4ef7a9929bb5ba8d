/** Pure: a web chat body → one body per visitor action, each with the key it is stored once under. */
import { webchatEntriesOf } from "./parse-webhook.js";
import { WEBCHAT_OBJECT, webchatDedupeKey } from "./webchat-webhook.js";
import type { WebchatWebhook } from "./webchat-webhook.js";

export interface WebchatWebhookItem {
  accountExternalId: string;
  dedupeKey: string;
  body: WebchatWebhook;
}

export function splitWebchatWebhook(body: unknown): WebchatWebhookItem[] {
  return webchatEntriesOf(body).map((entry) => ({
    accountExternalId: entry.widgetKey,
    dedupeKey: webchatDedupeKey(entry),
    body: { object: WEBCHAT_OBJECT, entry: [entry] },
  }));
}
