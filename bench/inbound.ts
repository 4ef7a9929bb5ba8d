// `npm run bench:inbound`: the inbound pipeline under load. For SQLite and PostgreSQL, with status
// webhooks on and off, many simulated customers walk through the demo conversation; then the same load
// against a bare node:http floor that only verifies, parses and answers. Prints messages/s, webhook ack
// p50/p99, inbound→reply p50/p99, and ack p99 at 1,000 webhooks/s offered.
import { ConversationDriver, MESSAGES_PER_CUSTOMER } from "./conversation-driver.js";
import { HttpClient } from "./http-client.js";
import { inboundBody, signature } from "./webhook-body.js";
import { startFloorServer } from "./floor-server.js";
import { offerAtRate } from "./open-loop.js";
import { ownCpuMs } from "./process-cpu.js";
import { ms, summarize } from "./stats.js";
import { benchNumber, startReplyFloor, startSystem } from "./system-under-test.js";
import type { SystemUnderTest } from "./system-under-test.js";

const customers = Number(process.env.BENCH_CUSTOMERS ?? 1000);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 64);
const offeredRate = Number(process.env.BENCH_OFFERED_RATE ?? 1000);
const dialects = (process.env.BENCH_DIALECTS ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];

interface Row {
  name: string;
  perSecond: number;
  ack: { p50: number; p99: number };
  reply: { p50: number; p99: number };
  missing: number;
  openAckP99?: number;
  /** CPU milliseconds per answered message, per process (where the cores went). */
  cpuPerMessage?: { server: number; simulator: number; driver: number };
}

const rows: Row[] = [];
console.log(
  `Inbound pipeline: ${customers} customers × ${MESSAGES_PER_CUSTOMER} messages, ${concurrency} conversations in flight, node ${process.version}`,
);

const floorSecret = "floor-secret";
const floor = await startFloorServer(floorSecret);
const floorRun = await runFloor();
rows.push(floorRun);
await floor.close();

const replyFloor = await startReplyFloor();
const replyFloorRow = await converse(replyFloor, "answering floor: bare node:http + one Graph API reply");
rows.push(replyFloorRow);
console.log(format(replyFloorRow));
await replyFloor.close();

for (const dialect of dialects) {
  for (const statusWebhooks of [true, false]) {
    const system = await startSystem(dialect, statusWebhooks);
    const row = await converse(system, `${dialect}, status webhooks ${statusWebhooks ? "on" : "off"}`);
    if (!statusWebhooks) {
      const open = await offerAtRate(benchNumber, system.webhookUrl, system.appSecret, offeredRate, 5);
      row.openAckP99 = summarize(open.ackMs).p99;
    }
    rows.push(row);
    console.log(format(row));
    await system.close();
  }
}

console.log("");
console.log(
  "| run | answered msg/s | vs floor | webhook ack p50 / p99 | inbound→reply p50 / p99 | missing | ack p99 at " +
    offeredRate +
    "/s offered | CPU ms per answered msg: server / simulator / driver |",
);
console.log("|---|---|---|---|---|---|---|---|");
for (const row of rows) {
  const ratio = row === floorRun ? "1.00" : (row.perSecond / floorRun.perSecond).toFixed(2);
  console.log(
    `| ${row.name} | ${row.perSecond.toFixed(0)} | ${ratio} | ${ms(row.ack.p50)} / ${ms(row.ack.p99)} | ${ms(row.reply.p50)} / ${ms(row.reply.p99)} | ${row.missing} | ${row.openAckP99 === undefined ? "–" : ms(row.openAckP99)} | ${cpuCell(row)} |`,
  );
}

/** Plays the customers through the conversation against `system`, timing every step and counting CPU. */
async function converse(system: SystemUnderTest, name: string): Promise<Row> {
  const driver = new ConversationDriver(benchNumber, system.webhookUrl, system.appSecret);
  system.onReply(driver.onReply);
  const cpuBefore = { ...system.cpuMs(), driver: ownCpuMs() };
  const result = await driver.run(customers, concurrency, 180_000);
  const cpuAfter = { ...system.cpuMs(), driver: ownCpuMs() };
  const perMessage = (key: "server" | "simulator" | "driver") =>
    (cpuAfter[key] - cpuBefore[key]) / Math.max(1, result.answered);
  return {
    name,
    perSecond: result.answered / result.seconds,
    ack: summarize(result.ackMs),
    reply: summarize(result.replyMs),
    missing: result.missing,
    cpuPerMessage: {
      server: perMessage("server"),
      simulator: perMessage("simulator"),
      driver: perMessage("driver"),
    },
  };
}

/** The same number of webhooks at the same concurrency; the floor answers no message, so each
 * acknowledgement counts as its answer. */
async function runFloor(): Promise<Row> {
  const client = new HttpClient(concurrency);
  const url = new URL(floor.url);
  const total = customers * MESSAGES_PER_CUSTOMER;
  const ackMs: number[] = [];
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < total) {
      const body = inboundBody(benchNumber, `8869${String(10_000_000 + next++).padStart(8, "0")}`, {
        type: "text",
        text: "hi",
      });
      const sentAt = performance.now();
      await client.post(url, body, {
        "content-type": "application/json",
        "x-hub-signature-256": signature(body, floorSecret),
      });
      ackMs.push(performance.now() - sentAt);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  client.close();
  const open = await offerAtRate(benchNumber, url, floorSecret, offeredRate, 5);
  const ack = summarize(ackMs);
  const row = {
    name: "floor: bare node:http (verify, parse, 200)",
    perSecond: total / seconds,
    ack,
    reply: ack,
    missing: 0,
    openAckP99: summarize(open.ackMs).p99,
  };
  console.log(format(row));
  return row;
}

function cpuCell(row: Row): string {
  const cpu = row.cpuPerMessage;
  if (cpu === undefined) return "–";
  return `${cpu.server.toFixed(2)} / ${cpu.simulator.toFixed(2)} / ${cpu.driver.toFixed(2)}`;
}

function format(row: Row): string {
  const cpu = row.cpuPerMessage;
  const cpuText =
    cpu === undefined
      ? ""
      : `, CPU per answered message: server ${cpu.server.toFixed(2)} ms, simulator ${cpu.simulator.toFixed(2)} ms, driver ${cpu.driver.toFixed(2)} ms`;
  return `${row.name}: ${row.perSecond.toFixed(0)} answered msg/s, ack p50 ${ms(row.ack.p50)} p99 ${ms(row.ack.p99)}, reply p50 ${ms(row.reply.p50)} p99 ${ms(row.reply.p99)}, missing ${row.missing}${cpuText}`;
}
