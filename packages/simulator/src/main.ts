/**
 * Runs the simulator on its own (`node dist/main.js`), mounted at `/`. The only reader of the
 * environment: SIMULATOR_PORT (default 4010) and HOST (default 127.0.0.1).
 */
import Fastify from "fastify";
import { z } from "zod";
import { createSimulator } from "./create-simulator.js";

const envSchema = z.object({
  /** Port of the Graph API look-alike, the control API and the phone page. */
  SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  /** Interface to listen on. */
  HOST: z.string().min(1).default("127.0.0.1"),
});

async function main(): Promise<void> {
  const env = envSchema.safeParse({
    SIMULATOR_PORT: process.env.SIMULATOR_PORT || undefined,
    HOST: process.env.HOST || undefined,
  });
  if (!env.success) {
    for (const issue of env.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
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
  const address = await app.listen({ port: env.data.SIMULATOR_PORT, host: env.data.HOST });
  console.log(`WhatsApp Cloud API simulator listening at ${address} (phone page at ${address}/)`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
