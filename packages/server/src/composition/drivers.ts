/** One driver per platform, bound to the configured API addresses and the shared keep-alive fetch. */
import type { FetchFn } from "@switchboard/core";
import type { Config } from "../config.js";
import type { ChannelDriver } from "../features/channels/channel-driver.js";
import { createLineDriver } from "../features/channels/line-driver.js";
import { createInstagramDriver, createMessengerDriver } from "../features/channels/meta-messaging-driver.js";
import { createWhatsAppDriver } from "../features/channels/whatsapp-driver.js";
import { createWebchatDriver } from "../features/channels/webchat-driver.js";

export function createDrivers(config: Config, fetch: FetchFn): Map<string, ChannelDriver> {
  const meta = { fetch, graphUrl: config.META_GRAPH_URL, graphVersion: config.META_GRAPH_VERSION };
  return new Map<string, ChannelDriver>([
    ["whatsapp", createWhatsAppDriver(meta)],
    ["messenger", createMessengerDriver(meta)],
    ["instagram", createInstagramDriver(meta)],
    ["line", createLineDriver({ fetch, apiUrl: config.LINE_API_URL, dataApiUrl: config.LINE_DATA_API_URL })],
    ["webchat", createWebchatDriver()],
  ]);
}
