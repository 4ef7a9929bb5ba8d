// The app's HTTP API called with the admin token, the way the specs set things up and check what the
// server kept.
import type { RunningApp } from "./app.js";

/** A response's status and its JSON body (`null` when the body is empty). */
export interface ApiResponse {
  status: number;
  json: unknown;
}

/** `path` is the full path, e.g. `/api/v1/stores`; a `body` is sent as JSON. */
export type AdminApi = (method: string, path: string, body?: unknown) => Promise<ApiResponse>;

/** An API client of `running` that signs every request with the admin token. */
export function adminApi(running: RunningApp): AdminApi {
  return async (method, path, body) => {
    const response = await fetch(`${running.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${running.app.switchboard.adminToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text === "" ? null : (JSON.parse(text) as unknown) };
  };
}

/** A channel account as the accounts list shows it. */
export interface ChannelAccountSummary {
  id: string;
  channel: string;
  externalId: string;
}

/** The app's channel accounts (the demo ones included), in the order the API lists them. */
export async function channelAccounts(api: AdminApi): Promise<ChannelAccountSummary[]> {
  const list = (await api("GET", "/api/v1/channel-accounts")).json as { items: ChannelAccountSummary[] };
  return list.items;
}

/** The id of the first channel account on `channel`, or "" when the app has none. */
export async function accountIdOn(api: AdminApi, channel: string): Promise<string> {
  return (await channelAccounts(api)).find((account) => account.channel === channel)?.id ?? "";
}
