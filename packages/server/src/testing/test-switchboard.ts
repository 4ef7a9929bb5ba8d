/**
 * Starts a real Switchboard (HTTP server, database of the chosen dialect, job worker) against a real
 * simulator on its own port, with one connected WhatsApp number — for integration tests.
 */
import { createHmac, randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Fastify from "fastify";
import { createSimulator } from "@switchboard/simulator";
import type { Simulator, SimulatorSettings } from "@switchboard/simulator";
import { startSwitchboard } from "../app.js";
import type { Switchboard } from "../app.js";
import { readConfig } from "../config.js";
import type { DialectName } from "../db/dialect.js";
import { createTestDatabase } from "./test-databases.js";
import type { TestDatabase } from "./test-databases.js";

export const testNumber = {
  phoneNumberId: "106540352242922",
  wabaId: "102290129340398",
  displayPhoneNumber: "15550783881",
  name: "Test Beauty",
};

export interface TestSwitchboard {
  switchboard: Switchboard;
  simulator: Simulator;
  database: TestDatabase;
  simulatorUrl: string;
  secrets: { accessToken: string; appSecret: string; verifyToken: string };
  channelAccountId: string;
  /** Stops the server and starts it again on the same database and port (durable timers, jobs…). */
  restart(): Promise<void>;
  /** Imports `definition` as a bot and publishes it on the test number; the bot's id. */
  publishBot(definition: unknown): Promise<string>;
  /** Calls the Switchboard API with the admin token. */
  api(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  /** Posts a webhook body to Switchboard, signed with the app secret unless `signature` is given. */
  postWebhook(body: unknown, signature?: string | null): Promise<{ status: number; json: unknown }>;
  /** The customer sends a message through the simulator (which signs and posts the webhook). */
  customerSends(waId: string, message: Record<string, unknown>): Promise<{ wamid: string }>;
  close(): Promise<void>;
}

export async function startTestSwitchboard(
  dialect: DialectName,
  simulatorSettings: Partial<SimulatorSettings> = {},
  env: Record<string, string> = {},
): Promise<TestSwitchboard> {
  const simulator = createSimulator({
    settings: {
      sentDelayMs: 20,
      deliveredDelayMs: 40,
      readDelayMs: 60,
      webhookRetryDelaysMs: [200],
      ...simulatorSettings,
    },
  });
  const simulatorApp = Fastify();
  await simulatorApp.register(simulator.plugin);
  await simulatorApp.listen({ port: 0, host: "127.0.0.1" });
  const simulatorUrl = `http://127.0.0.1:${portOf(simulatorApp.server.address())}`;

  const database = await createTestDatabase(dialect);
  const config = readConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    DATA_DIR: dialect === "sqlite" ? dirname(database.url) : mkdtempSync(join(tmpdir(), "switchboard-data-")),
    ...(dialect === "postgres" ? { DATABASE_URL: database.url } : {}),
    META_GRAPH_URL: simulatorUrl,
    LINE_API_URL: `${simulatorUrl}/line`,
    LINE_DATA_API_URL: `${simulatorUrl}/line-data`,
    LOG_LEVEL: "silent",
    SECRET_KEY: randomBytes(32).toString("hex"),
    ...env,
  });
  if (!config.ok) throw new Error(config.problems.join("; "));
  let switchboard = await startSwitchboard({ ...config.config, DATA_DIR: config.config.DATA_DIR });
  const baseUrl = switchboard.url;
  const port = String(new URL(baseUrl).port);
  const secrets = {
    accessToken: `EAAG${randomBytes(12).toString("hex")}`,
    appSecret: randomBytes(16).toString("hex"),
    verifyToken: randomBytes(8).toString("hex"),
  };

  const api = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${switchboard.adminToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text === "" ? null : JSON.parse(text) };
  };

  const created = await api("POST", "/api/v1/channel-accounts", {
    channel: "whatsapp",
    name: testNumber.name,
    externalId: testNumber.phoneNumberId,
    settings: { wabaId: testNumber.wabaId, displayPhoneNumber: testNumber.displayPhoneNumber },
    secrets,
  });
  if (created.status !== 201)
    throw new Error(`could not create the channel account: ${JSON.stringify(created.json)}`);
  const channelAccountId = idOf(created.json);
  const registered = await fetch(`${simulatorUrl}/_sim/api/businesses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...testNumber, ...secrets, webhookUrl: `${baseUrl}/webhooks/whatsapp` }),
  });
  if (registered.status !== 201)
    throw new Error(`could not register the business: ${await registered.text()}`);

  const harness: TestSwitchboard = {
    switchboard,
    simulator,
    database,
    simulatorUrl,
    secrets,
    channelAccountId,
    api,
    restart: async () => {
      await switchboard.close();
      switchboard = await startSwitchboard({ ...config.config, PORT: Number(port) });
      harness.switchboard = switchboard;
    },
    publishBot: async (definition) => {
      const imported = await api("POST", "/api/v1/bots/import", definition);
      const id = (imported.json as { bot?: { id?: string } } | null)?.bot?.id;
      if (imported.status !== 201 || id === undefined)
        throw new Error(`could not import the bot: ${JSON.stringify(imported.json)}`);
      const published = await api("POST", `/api/v1/bots/${id}/publish`, {
        channelAccountIds: [channelAccountId],
      });
      if (published.status !== 200)
        throw new Error(`could not publish the bot: ${JSON.stringify(published.json)}`);
      return id;
    },
    postWebhook: async (body, signature) => {
      const raw = Buffer.from(JSON.stringify(body));
      const header =
        signature === undefined
          ? `sha256=${createHmac("sha256", secrets.appSecret).update(raw).digest("hex")}`
          : signature;
      const response = await fetch(`${baseUrl}/webhooks/whatsapp`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(header === null ? {} : { "x-hub-signature-256": header }),
        },
        body: raw,
      });
      const text = await response.text();
      return { status: response.status, json: text === "" ? null : JSON.parse(text) };
    },
    customerSends: async (waId, message) => {
      await fetch(`${simulatorUrl}/_sim/api/customers`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ waId, name: `Customer ${waId.slice(-4)}` }),
      });
      const response = await fetch(`${simulatorUrl}/_sim/api/customers/${waId}/send`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ phoneNumberId: testNumber.phoneNumberId, message }),
      });
      const json: unknown = await response.json();
      if (!response.ok) throw new Error(`customer send failed: ${JSON.stringify(json)}`);
      const wamid =
        typeof json === "object" && json !== null && "wamid" in json && typeof json.wamid === "string"
          ? json.wamid
          : "";
      return { wamid };
    },
    close: async () => {
      await switchboard.close();
      await simulator.close();
      await simulatorApp.close();
      await database.drop();
    },
  };
  return harness;
}

/** Polls until `probe` returns a value other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

function portOf(address: AddressInfo | string | null): number {
  if (typeof address === "object" && address !== null) return address.port;
  throw new Error("the simulator is not listening on a TCP port");
}

function idOf(json: unknown): string {
  if (typeof json === "object" && json !== null && "channelAccount" in json) {
    const account = json.channelAccount;
    if (typeof account === "object" && account !== null && "id" in account && typeof account.id === "string")
      return account.id;
  }
  throw new Error(`no channel account id in ${JSON.stringify(json)}`);
}
