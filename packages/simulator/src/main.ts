/**
 * Runs the simulator on its own (`node dist/main.js`), mounted at `/`, configured by SIMULATOR_PORT
 * (default 4010) and HOST (default 127.0.0.1).
 */
import Fastify from "fastify";
import { readSimulatorConfig } from "./config.js";
import { createSimulator } from "./create-simulator.js";

async function main(): Promise<void> {
  const config = readSimulatorConfig();
  if (!config.ok) {
    for (const problem of config.problems) console.error(problem);
    process.exit(1);
  }
  const simulator = createSimulator();
  // Warnings and errors only: per-request logs would cost more than the simulated API itself under load.
  const app = Fastify({ logger: { level: "warn" } });
  await app.register(simulator.plugin);
  const stop = async () => {
    await simulator.close();
    await app.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void stop());
  process.once("SIGTERM", () => void stop());
  const address = await app.listen({ port: config.config.SIMULATOR_PORT, host: config.config.HOST });
  console.log(
    `Platform simulator listening at ${address} (phone page at ${address}/, LINE API at ${address}/line)`,
  );
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
