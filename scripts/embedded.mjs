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
/** The demo business's Facebook page, for Messenger. */
const demoPage = { pageId: "300000000000001", name: "Lumière Beauty", username: "lumierebeauty" };
/** The demo business's web chat on its own website (the demo page at /webchat/demo). */
const demoWebchat = { widgetKey: "wc_lumiere-demo", name: "Lumière Beauty" };
/** The demo business's LINE Official Account. */
const demoLine = {
  channelId: "2000000101",
  botUserId: "U1000000000000000000000000000beef",
  basicId: "@lumiere",
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
  if (simulator !== undefined) await connectDemoAccounts(switchboard, config, env);
  if (options.quiet !== true) {
    console.log("");
    console.log(`  Switchboard is running at ${switchboard.url}`);
    console.log(`  Console:      ${switchboard.url}/`);
    console.log(`  Admin token:  ${switchboard.adminToken}`);
    if (simulator !== undefined) {
      console.log(`  Simulator:    ${switchboard.url}/simulator/  (chat with the demo bot as a customer)`);
      console.log(`    Messenger:  ${switchboard.url}/simulator/?channel=messenger`);
      console.log(`    LINE:       ${switchboard.url}/simulator/?channel=line`);
      console.log(`  Web chat:     ${switchboard.url}/webchat/demo  (the widget on a demo shop page)`);
    }
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
  return { switchboard, simulator, close, demo, demoPage, demoLine, demoWebchat };
}

/**
 * Connects the demo number, page and LINE channel in Switchboard, registers each with the simulator with
 * the same secrets, and publishes the demo bot on the three.
 */
async function connectDemoAccounts(switchboard, config, env) {
  const api = `http://127.0.0.1:${switchboard.app.server.address().port}`;
  const webhookBase = env.SIMULATOR_WEBHOOK_BASE ?? api;
  const connect = accountConnector(api, switchboard.adminToken);

  const numberSecrets = demoSecrets(config.DATA_DIR, "demo-number.json", () => ({
    accessToken: `EAAG${randomBytes(24).toString("base64url")}`,
    appSecret: randomBytes(16).toString("hex"),
    verifyToken: randomBytes(12).toString("base64url"),
  }));
  const number = await connect({
    channel: "whatsapp",
    name: demo.name,
    externalId: demo.phoneNumberId,
    settings: { wabaId: demo.wabaId, displayPhoneNumber: demo.displayPhoneNumber },
    secrets: numberSecrets,
  });
  await registerWithSimulator(api, "_sim/api/businesses", "the demo number", {
    ...demo,
    ...numberSecrets,
    webhookUrl: `${webhookBase}/webhooks/whatsapp`,
  });

  const pageSecrets = demoSecrets(config.DATA_DIR, "demo-page.json", () => ({
    accessToken: `EAAG${randomBytes(24).toString("base64url")}`,
    appSecret: randomBytes(16).toString("hex"),
    verifyToken: randomBytes(12).toString("base64url"),
  }));
  const page = await connect({
    channel: "messenger",
    name: demoPage.name,
    externalId: demoPage.pageId,
    settings: { pageUsername: demoPage.username },
    secrets: pageSecrets,
  });
  await registerWithSimulator(api, "_sim/api/meta/accounts", "the demo page", {
    platform: "messenger",
    id: demoPage.pageId,
    name: demoPage.name,
    username: demoPage.username,
    ...pageSecrets,
    webhookUrl: `${webhookBase}/webhooks/messenger`,
  });

  const lineSecrets = demoSecrets(config.DATA_DIR, "demo-line.json", () => ({
    accessToken: randomBytes(32).toString("base64url"),
    appSecret: randomBytes(16).toString("hex"),
  }));
  const line = await connect({
    channel: "line",
    name: demoLine.name,
    externalId: demoLine.botUserId,
    settings: { lineBasicId: demoLine.basicId },
    secrets: lineSecrets,
  });
  await registerWithSimulator(api, "_sim/api/line/channels", "the demo LINE channel", {
    channelId: demoLine.channelId,
    name: demoLine.name,
    channelAccessToken: lineSecrets.accessToken,
    channelSecret: lineSecrets.appSecret,
    webhookUrl: `${webhookBase}/webhooks/line`,
    botUserId: demoLine.botUserId,
    basicId: demoLine.basicId,
  });

  const webchatSecrets = demoSecrets(config.DATA_DIR, "demo-webchat.json", () => ({
    appSecret: randomBytes(16).toString("hex"),
  }));
  const webchat = await connect({
    channel: "webchat",
    name: demoWebchat.name,
    externalId: demoWebchat.widgetKey,
    settings: { continueOnAccountIds: [number.id, page.id, line.id] },
    secrets: webchatSecrets,
  });

  await seedDemo(api, switchboard.adminToken, [number.id, page.id, line.id, webchat.id]);
}

/** Connects an account in Switchboard, or gives an already connected one the current secrets. */
function accountConnector(api, adminToken) {
  const headers = { authorization: `Bearer ${adminToken}`, "content-type": "application/json" };
  return async (account) => {
    const list = await (await fetch(`${api}/api/v1/channel-accounts`, { headers })).json();
    const existing = list.items.find(
      (a) => a.channel === account.channel && a.externalId === account.externalId,
    );
    const response = await fetch(
      `${api}/api/v1/channel-accounts${existing === undefined ? "" : `/${existing.id}`}`,
      {
        method: existing === undefined ? "POST" : "PATCH",
        headers,
        body: JSON.stringify(existing === undefined ? account : { secrets: account.secrets }),
      },
    );
    if (!response.ok)
      throw new Error(`Could not connect the demo ${account.channel} account: ${await response.text()}`);
    return (await response.json()).channelAccount;
  };
}

async function registerWithSimulator(api, path, what, body) {
  const registered = await fetch(`${api}/simulator/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!registered.ok)
    throw new Error(`Could not register ${what} with the simulator: ${await registered.text()}`);
}

/** A demo account's secrets, made once and kept in DATA_DIR so restarts keep working. */
function demoSecrets(dataDir, fileName, make) {
  const file = join(resolve(dataDir), fileName);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8"));
  mkdirSync(resolve(dataDir), { recursive: true });
  const secrets = make();
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
