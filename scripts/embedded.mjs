// Wires the product and the simulator together for the embedded default (the product never imports the
// simulator). Used by `npm start`, the end-to-end tests and the benchmark.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import { join, resolve } from "node:path";
import { readConfig, seedDemo, startSwitchboard } from "@switchboard/server";
import { createSimulator } from "@switchboard/simulator";

/** The demo business: its WhatsApp number as the simulator knows it and as Switchboard stores it. */
const demo = {
  phoneNumberId: "100000000000001",
  wabaId: "200000000000001",
  displayPhoneNumber: "15550100001",
  name: "Lumière Beauty",
};

export async function startEmbedded(env, options = {}) {
  const simulatorOn = (env.SIMULATOR ?? "on") !== "off";
  // The Graph API URL names the port, so a random port (0) is chosen before starting.
  const port = env.PORT === "0" ? String(await freePort()) : (env.PORT ?? "3000");
  const settings = readConfig({
    ...env,
    PORT: port,
    ...(simulatorOn && env.META_GRAPH_URL === undefined
      ? { META_GRAPH_URL: `http://127.0.0.1:${port}/simulator` }
      : {}),
    ...(simulatorOn && env.LINE_API_URL === undefined
      ? { LINE_API_URL: `http://127.0.0.1:${port}/simulator/line` }
      : {}),
    ...(simulatorOn && env.LINE_DATA_API_URL === undefined
      ? { LINE_DATA_API_URL: `http://127.0.0.1:${port}/simulator/line-data` }
      : {}),
  });
  if (!settings.ok) {
    console.error(
      `Switchboard cannot start; fix these settings:\n${settings.problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    process.exit(1);
  }
  const config = settings.config;
  const simulator = simulatorOn ? createSimulator({ settings: options.simulatorSettings ?? {} }) : undefined;
  const switchboard = await startSwitchboard(config, {
    mounts: simulator === undefined ? [] : [{ prefix: "/simulator", plugin: simulator.plugin }],
  });
  if (simulator !== undefined) await connectDemoNumber(switchboard, config, env);
  if (options.quiet !== true) {
    console.log("");
    console.log(`  Switchboard is running at ${switchboard.url}`);
    console.log(`  Console:      ${switchboard.url}/`);
    console.log(`  Admin token:  ${switchboard.adminToken}`);
    if (simulator !== undefined)
      console.log(`  Simulator:    ${switchboard.url}/simulator/  (chat with the demo bot as a customer)`);
    console.log(
      `  Database:     ${config.DATABASE_URL === undefined ? `SQLite in ${resolve(config.DATA_DIR)}` : "PostgreSQL"}`,
    );
    console.log("");
  }
  const close = async () => {
    await switchboard.close();
    await simulator?.close();
  };
  if (options.handleSignals !== false) {
    for (const signal of ["SIGINT", "SIGTERM"])
      process.once(signal, () =>
        close().then(
          () => process.exit(0),
          () => process.exit(1),
        ),
      );
  }
  return { switchboard, simulator, close, demo };
}

/** Connects the demo number in Switchboard and registers it with the simulator, with the same secrets. */
async function connectDemoNumber(switchboard, config, env) {
  const secrets = demoSecrets(config.DATA_DIR);
  const api = `http://127.0.0.1:${switchboard.app.server.address().port}`;
  const headers = { authorization: `Bearer ${switchboard.adminToken}`, "content-type": "application/json" };
  const list = await (await fetch(`${api}/api/v1/channel-accounts`, { headers })).json();
  const existing = list.items.find((a) => a.channel === "whatsapp" && a.externalId === demo.phoneNumberId);
  const body =
    existing === undefined
      ? {
          channel: "whatsapp",
          name: demo.name,
          externalId: demo.phoneNumberId,
          settings: { wabaId: demo.wabaId, displayPhoneNumber: demo.displayPhoneNumber },
          secrets,
        }
      : { secrets };
  const response = await fetch(
    `${api}/api/v1/channel-accounts${existing === undefined ? "" : `/${existing.id}`}`,
    {
      method: existing === undefined ? "POST" : "PATCH",
      headers,
      body: JSON.stringify(body),
    },
  );
  if (!response.ok) throw new Error(`Could not connect the demo number: ${await response.text()}`);
  const account = (await response.json()).channelAccount;
  const registered = await fetch(`${api}/simulator/_sim/api/businesses`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      ...demo,
      ...secrets,
      webhookUrl: `${env.SIMULATOR_WEBHOOK_BASE ?? api}/webhooks/whatsapp`,
    }),
  });
  if (!registered.ok)
    throw new Error(`Could not register the demo number with the simulator: ${await registered.text()}`);
  await seedDemo(api, switchboard.adminToken, account.id);
}

/** The demo number's secrets, made once and kept in DATA_DIR so restarts keep working. */
function demoSecrets(dataDir) {
  const file = join(resolve(dataDir), "demo-number.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  mkdirSync(resolve(dataDir), { recursive: true });
  const secrets = {
    accessToken: `EAAG${randomBytes(24).toString("base64url")}`,
    appSecret: randomBytes(16).toString("hex"),
    verifyToken: randomBytes(12).toString("base64url"),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}
