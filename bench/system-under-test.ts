// Starts what the benchmark measures: the built Switchboard server as its own process (SQLite or
// PostgreSQL), and the simulator in this process answering the Graph API and recording every reply.
import { spawn } from "node:child_process";
import { demoBotDefinition } from "@switchboard/server";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { cpuMsOf } from "./process-cpu.js";
import { startSimulatorProcess } from "./simulator-process.js";
import type { Reply } from "./simulator-process.js";
import type { BenchNumber } from "./webhook-body.js";

export const benchNumber: BenchNumber & { name: string } = {
  phoneNumberId: "100000000000009",
  wabaId: "200000000000009",
  displayPhoneNumber: "15550100009",
  name: "Bench Beauty",
};

export interface SystemUnderTest {
  webhookUrl: URL;
  appSecret: string;
  /** CPU milliseconds used so far by the server (both processes when split) and by the simulator. */
  cpuMs(): { server: number; simulator: number };
  onReply(listener: (reply: Reply) => void): void;
  close(): Promise<void>;
}

export async function startSystem(
  dialect: "sqlite" | "postgres",
  statusWebhooks: boolean,
): Promise<SystemUnderTest> {
  const simulatorPort = await freePort();
  const simulator = await startSimulatorProcess(simulatorPort, {
    statusWebhooks,
    sentDelayMs: 50,
    deliveredDelayMs: 150,
    readDelayMs: 300,
    messagesPerSecond: 100_000,
  });

  const database = dialect === "postgres" ? await createPostgresDatabase() : undefined;
  const port = await freePort();
  const adminToken = `bench_${randomBytes(16).toString("hex")}`;
  // BENCH_SERVER_NODE_ARGS, e.g. "--cpu-prof", passes Node options to the server (for profiling).
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter((arg) => arg !== "");
  const serverEnv = {
    // BENCH_NO_WORKER=1: the server only stores and acknowledges (ROLE=api), nothing processes the events.
    ...(process.env.BENCH_SPLIT === "1" || process.env.BENCH_NO_WORKER === "1" ? { ROLE: "api" } : {}),
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: mkdtempSync(join(tmpdir(), "switchboard-bench-")),
    META_GRAPH_URL: `http://127.0.0.1:${simulatorPort}`,
    LOG_LEVEL: "warn",
    ADMIN_TOKEN: adminToken,
    SECRET_KEY: randomBytes(32).toString("hex"),
    ...(database ? { DATABASE_URL: database.url, DATABASE_POOL_SIZE: "16" } : {}),
  };
  const server = spawn(process.execPath, [...nodeArgs, "packages/server/dist/main.js"], {
    env: { ...process.env, ...serverEnv },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, server);
  // BENCH_SPLIT=1 runs the worker as a second process (ROLE=api beside ROLE=worker).
  const workerProcess =
    process.env.BENCH_SPLIT === "1"
      ? spawn(process.execPath, [...nodeArgs, "packages/server/dist/main.js"], {
          env: { ...process.env, ...serverEnv, ROLE: "worker", PORT: String(await freePort()) },
          stdio: ["ignore", "ignore", "inherit"],
        })
      : undefined;

  const secrets = newSecrets();
  const created = await fetch(`${base}/api/v1/channel-accounts`, {
    method: "POST",
    headers: { authorization: `Bearer ${adminToken}`, "content-type": "application/json" },
    body: JSON.stringify({
      channel: "whatsapp",
      name: benchNumber.name,
      externalId: benchNumber.phoneNumberId,
      settings: { wabaId: benchNumber.wabaId, displayPhoneNumber: benchNumber.displayPhoneNumber },
      secrets,
    }),
  });
  if (created.status !== 201) throw new Error(`channel account: ${await created.text()}`);
  const accountId = ((await created.json()) as { channelAccount: { id: string } }).channelAccount.id;
  await publishDemoBot(base, adminToken, accountId);
  await registerBusiness(simulatorPort, secrets, `${base}/webhooks/whatsapp`);

  return {
    webhookUrl: new URL(`${base}/webhooks/whatsapp`),
    appSecret: secrets.appSecret,
    cpuMs: () => ({
      server: cpuMsOf(server.pid) + cpuMsOf(workerProcess?.pid),
      simulator: cpuMsOf(simulator.pid),
    }),
    onReply: (listener) => simulator.onReply(listener),
    close: async () => {
      workerProcess?.kill("SIGTERM");
      server.kill("SIGTERM");
      await new Promise((resolve) => server.once("exit", resolve));
      await simulator.close();
      await database?.drop();
    },
  };
}

/**
 * The answering floor (reply-floor-server.ts) as its own process, with the simulator answering its Graph
 * API calls (status webhooks off): what the same driver reaches when the server does nothing but answer.
 */
export async function startReplyFloor(): Promise<SystemUnderTest> {
  const simulatorPort = await freePort();
  const simulator = await startSimulatorProcess(simulatorPort, {
    statusWebhooks: false,
    messagesPerSecond: 100_000,
  });
  const secrets = newSecrets();
  const settings = {
    appSecret: secrets.appSecret,
    accessToken: secrets.accessToken,
    graphUrl: `http://127.0.0.1:${simulatorPort}`,
    phoneNumberId: benchNumber.phoneNumberId,
  };
  const floor = spawn(
    process.execPath,
    [...process.execArgv, "bench/reply-floor-server.ts", JSON.stringify(settings)],
    {
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    floor.stdout.once("data", (chunk: Buffer) => resolve(Number(chunk.toString("utf8").trim())));
    floor.once("exit", (code) => reject(new Error(`the answering floor exited with ${code}`)));
  });
  const webhookUrl = new URL(`http://127.0.0.1:${port}/webhooks/whatsapp`);
  await registerBusiness(simulatorPort, secrets, webhookUrl.toString());
  return {
    webhookUrl,
    appSecret: secrets.appSecret,
    cpuMs: () => ({ server: cpuMsOf(floor.pid), simulator: cpuMsOf(simulator.pid) }),
    onReply: (listener) => simulator.onReply(listener),
    close: async () => {
      floor.kill("SIGTERM");
      await new Promise((resolve) => floor.once("exit", resolve));
      await simulator.close();
    },
  };
}

type BenchSecrets = ReturnType<typeof newSecrets>;

/** The bench number's access token, app secret and verify token, fresh for each system. */
function newSecrets() {
  return {
    accessToken: `EAAG${randomBytes(12).toString("hex")}`,
    appSecret: randomBytes(16).toString("hex"),
    verifyToken: "bench",
  };
}

/** Tells the simulator about the bench number: its secrets and where its webhooks go. */
async function registerBusiness(
  simulatorPort: number,
  secrets: BenchSecrets,
  webhookUrl: string,
): Promise<void> {
  await fetch(`http://127.0.0.1:${simulatorPort}/_sim/api/businesses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ ...benchNumber, ...secrets, webhookUrl }),
  });
}

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the server did not start within 30 s");
}

async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const admin = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const name = `switchboard_bench_${randomBytes(4).toString("hex")}`;
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await run(`CREATE DATABASE ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const port = portOf(probe.address());
      probe.close(() => resolve(port));
    });
  });
}

function portOf(address: net.AddressInfo | string | null): number {
  if (typeof address === "object" && address !== null) return address.port;
  throw new Error("not listening on a TCP port");
}

/** The bench talks to the demo booking bot, published on the bench number as `npm start` does. */
async function publishDemoBot(base: string, adminToken: string, accountId: string): Promise<void> {
  const headers = { authorization: `Bearer ${adminToken}`, "content-type": "application/json" };
  const imported = await fetch(`${base}/api/v1/bots/import`, {
    method: "POST",
    headers,
    body: JSON.stringify(demoBotDefinition),
  });
  if (imported.status !== 201) throw new Error(`demo bot: ${await imported.text()}`);
  const { bot } = (await imported.json()) as { bot: { id: string } };
  const published = await fetch(`${base}/api/v1/bots/${bot.id}/publish`, {
    method: "POST",
    headers,
    body: JSON.stringify({ channelAccountIds: [accountId] }),
  });
  if (!published.ok) throw new Error(`demo bot: ${await published.text()}`);
}
