// `npm run bench:ack`: webhook acknowledgement latency under an offered rate, alone and repeated. Each
// round starts a fresh server (status webhooks off), offers BENCH_OFFERED_RATE new-customer webhooks per
// second for BENCH_SECONDS, and prints the acknowledgement percentiles and the server's CPU per webhook
// (its worker answering the backlog at the same time, unless BENCH_NO_WORKER=1).
import { offerAtRate } from "./open-loop.js";
import { percentile } from "./stats.js";
import { benchNumber, startSystem } from "./system-under-test.js";

const dialects = (process.env.BENCH_DIALECTS ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const rate = Number(process.env.BENCH_OFFERED_RATE ?? 1000);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const worker = process.env.BENCH_NO_WORKER === "1" ? "no worker" : "worker on";

console.log(
  `Webhook acknowledgements at ${rate}/s offered for ${seconds} s, ${worker}, node ${process.version}`,
);
console.log("| database | round | p50 | p90 | p99 | max | acknowledged | server CPU per webhook |");
console.log("|---|---|---|---|---|---|---|---|");
for (const dialect of dialects) {
  for (let round = 1; round <= rounds; round++) {
    const system = await startSystem(dialect, false);
    const before = system.cpuMs().server;
    const result = await offerAtRate(benchNumber, system.webhookUrl, system.appSecret, rate, seconds);
    const cpu = (system.cpuMs().server - before) / result.offered;
    await system.close();
    const sorted = [...result.ackMs].sort((a, b) => a - b);
    const at = (p: number) => `${percentile(sorted, p).toFixed(1)} ms`;
    console.log(
      `| ${dialect} | ${round} | ${at(50)} | ${at(90)} | ${at(99)} | ${at(100)} | ${result.acknowledged}/${result.offered} | ${cpu.toFixed(2)} ms |`,
    );
  }
}
