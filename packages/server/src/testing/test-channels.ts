/**
 * Connects a Messenger page, an Instagram account or a LINE channel to a running test Switchboard and registers the same
 * account, with the same secrets, in its simulator — for integration tests of those channels.
 */
import { createHmac, randomBytes } from "node:crypto";
import type { TestSwitchboard } from "./test-switchboard.js";

export const testPage = { pageId: "310000000000001", name: "Test Beauty Page", username: "testbeauty" };
export const testInstagram = {
  accountId: "17841400000000001",
  name: "Test Beauty IG",
  username: "testbeauty.tw",
};
export const testLineBot = {
  channelId: "2000000001",
  botUserId: "U0123456789abcdef0123456789abcdef",
  basicId: "@testbeauty",
  name: "Test Beauty LINE",
};

export interface ConnectedChannel {
  channelAccountId: string;
  externalId: string;
  secrets: { accessToken: string; appSecret: string; verifyToken?: string };
  /** Publishes an imported bot on this account only. */
  publish(botId: string): Promise<void>;
  /** A person of the simulator acts (a message, a tap, Get Started, follow…); the simulator's answer. */
  personActs(userId: string, message: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** The simulator's chat with `userId`: what each side sent, as the platform holds it. */
  chat(userId: string): Promise<ChatItem[]>;
  /** Posts a webhook body to Switchboard, signed with the account's secret unless `signature` is given. */
  postWebhook(body: unknown, signature?: string | null): Promise<{ status: number; json: unknown }>;
}

export interface ChatItem {
  id: string;
  direction: "in" | "out";
  type: string;
  status: string;
  payload: Record<string, unknown>;
}

async function call(url: string, method: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text === "" ? null : JSON.parse(text) };
}

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return { ...value };
  throw new Error(`${what}: not an object: ${JSON.stringify(value)}`);
}

async function connectAccount(t: TestSwitchboard, body: Record<string, unknown>): Promise<string> {
  const created = await t.api("POST", "/api/v1/channel-accounts", body);
  if (created.status !== 201) throw new Error(`could not connect: ${JSON.stringify(created.json)}`);
  const id = objectOf(objectOf(created.json, "answer").channelAccount, "channelAccount").id;
  if (typeof id !== "string") throw new Error("no channel account id");
  return id;
}

function chatItems(json: unknown): ChatItem[] {
  const items = objectOf(json, "chat").items;
  if (!Array.isArray(items)) throw new Error("chat: no items");
  return items.map((item) => {
    const o = objectOf(item, "chat item");
    return {
      id: String(o.id),
      direction: o.direction === "in" ? "in" : "out",
      type: String(o.type),
      status: String(o.status),
      payload: objectOf(o.payload, "chat item payload"),
    };
  });
}

function publisher(t: TestSwitchboard, channelAccountId: string) {
  return async (botId: string) => {
    const published = await t.api("POST", `/api/v1/bots/${botId}/publish`, {
      channelAccountIds: [channelAccountId],
    });
    if (published.status !== 200) throw new Error(`could not publish: ${JSON.stringify(published.json)}`);
  };
}

async function postSigned(
  url: string,
  raw: Buffer,
  header: string,
  signature: string | null,
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature === null ? {} : { [header]: signature }) },
    body: raw,
  });
  const text = await response.text();
  return { status: response.status, json: text === "" ? null : JSON.parse(text) };
}

/** The Messenger page `testPage`, connected in Switchboard and registered (with the handshake) in the simulator. */
export function connectMessengerPage(t: TestSwitchboard): Promise<ConnectedChannel> {
  return connectMetaAccount(t, "messenger", testPage.pageId, {
    name: testPage.name,
    settings: { pageUsername: testPage.username },
  });
}

/** The Instagram account `testInstagram`, connected in Switchboard and registered in the simulator. */
export function connectInstagramAccount(t: TestSwitchboard): Promise<ConnectedChannel> {
  return connectMetaAccount(t, "instagram", testInstagram.accountId, {
    name: testInstagram.name,
    username: testInstagram.username,
    settings: { instagramUsername: testInstagram.username },
  });
}

async function connectMetaAccount(
  t: TestSwitchboard,
  platform: "messenger" | "instagram",
  externalId: string,
  shown: { name: string; username?: string; settings: Record<string, string> },
): Promise<ConnectedChannel> {
  const secrets = {
    accessToken: `EAAP${randomBytes(12).toString("hex")}`,
    appSecret: randomBytes(16).toString("hex"),
    verifyToken: randomBytes(8).toString("hex"),
  };
  const channelAccountId = await connectAccount(t, {
    channel: platform,
    name: shown.name,
    externalId,
    settings: shown.settings,
    secrets,
  });
  const registered = await call(`${t.simulatorUrl}/_sim/api/meta/accounts`, "POST", {
    platform,
    id: externalId,
    name: shown.name,
    ...(shown.username === undefined ? {} : { username: shown.username }),
    accessToken: secrets.accessToken,
    appSecret: secrets.appSecret,
    verifyToken: secrets.verifyToken,
    webhookUrl: `${t.switchboard.url}/webhooks/${platform}`,
  });
  if (registered.status !== 201)
    throw new Error(`could not register the ${platform} account: ${JSON.stringify(registered.json)}`);
  const base = `${t.simulatorUrl}/_sim/api/meta/accounts/${externalId}`;
  return {
    channelAccountId,
    externalId,
    secrets,
    publish: publisher(t, channelAccountId),
    personActs: async (userId, message) => {
      await call(`${base}/users`, "POST", { name: `Person ${userId.slice(-4)}`, id: userId });
      const sent = await call(`${base}/users/${userId}/send`, "POST", { message });
      if (sent.status !== 200) throw new Error(`the person could not act: ${JSON.stringify(sent.json)}`);
      return objectOf(sent.json, "send answer");
    },
    chat: async (userId) =>
      chatItems((await call(`${t.simulatorUrl}/_sim/api/meta/chats/${externalId}/${userId}`, "GET")).json),
    postWebhook: (body, signature) => {
      const raw = Buffer.from(JSON.stringify(body));
      const signed = `sha256=${createHmac("sha256", secrets.appSecret).update(raw).digest("hex")}`;
      return postSigned(
        `${t.switchboard.url}/webhooks/${platform}`,
        raw,
        "x-hub-signature-256",
        signature === undefined ? signed : signature,
      );
    },
  };
}

/** The LINE channel `testLineBot`, connected in Switchboard and registered in the simulator. */
export async function connectLineChannel(t: TestSwitchboard): Promise<ConnectedChannel> {
  const secrets = {
    accessToken: randomBytes(24).toString("base64url"),
    appSecret: randomBytes(16).toString("hex"),
  };
  const channelAccountId = await connectAccount(t, {
    channel: "line",
    name: testLineBot.name,
    externalId: testLineBot.botUserId,
    settings: { lineBasicId: testLineBot.basicId },
    secrets,
  });
  const registered = await call(`${t.simulatorUrl}/_sim/api/line/channels`, "POST", {
    channelId: testLineBot.channelId,
    name: testLineBot.name,
    channelAccessToken: secrets.accessToken,
    channelSecret: secrets.appSecret,
    webhookUrl: `${t.switchboard.url}/webhooks/line`,
    botUserId: testLineBot.botUserId,
    basicId: testLineBot.basicId,
  });
  if (registered.status !== 201)
    throw new Error(`could not register the channel: ${JSON.stringify(registered.json)}`);
  const base = `${t.simulatorUrl}/_sim/api/line/channels/${testLineBot.channelId}`;
  return {
    channelAccountId,
    externalId: testLineBot.botUserId,
    secrets,
    publish: publisher(t, channelAccountId),
    personActs: async (userId, message) => {
      await call(`${base}/users`, "POST", { displayName: `Person ${userId.slice(-4)}`, userId });
      const sent = await call(`${base}/users/${userId}/send`, "POST", { message });
      if (sent.status !== 200) throw new Error(`the person could not act: ${JSON.stringify(sent.json)}`);
      return objectOf(sent.json, "send answer");
    },
    chat: async (userId) =>
      chatItems(
        (await call(`${t.simulatorUrl}/_sim/api/line/chats/${testLineBot.channelId}/${userId}`, "GET")).json,
      ),
    postWebhook: (body, signature) => {
      const raw = Buffer.from(JSON.stringify(body));
      const signed = createHmac("sha256", secrets.appSecret).update(raw).digest("base64");
      return postSigned(
        `${t.switchboard.url}/webhooks/line`,
        raw,
        "x-line-signature",
        signature === undefined ? signed : signature,
      );
    },
  };
}
