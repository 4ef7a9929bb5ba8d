/** Test rig: the simulator on a real port, one registered business and a real webhook receiver. */
import Fastify, { type FastifyInstance } from "fastify";
import { type CreateSimulatorOptions, createSimulator, type Simulator } from "../create-simulator.js";
import { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver.js";

export const TEST_BUSINESS = {
  phoneNumberId: "106540352242922",
  wabaId: "102290129340398",
  displayPhoneNumber: "+1 555-078-3881",
  name: "Switchboard Demo Store",
  accessToken: "EAAtest-token-123",
  appSecret: "app-secret-for-tests",
  verifyToken: "verify-me",
};

export interface SimulatorRig {
  baseUrl: string;
  simulator: Simulator;
  app: FastifyInstance;
  receiver: WebhookReceiver;
  handshake: string;
  /** Calls the simulator with the business's bearer token and JSON; returns status and parsed body. */
  call(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<{ status: number; body: unknown }>;
  close(): Promise<void>;
}

export async function startSimulator(
  options: CreateSimulatorOptions = {},
  prefix = "",
): Promise<SimulatorRig> {
  const receiver = await startWebhookReceiver(TEST_BUSINESS.verifyToken);
  const simulator = createSimulator(options);
  const app = Fastify();
  await app.register(simulator.plugin, { prefix });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  const baseUrl = `http://127.0.0.1:${port}${prefix}`;
  const call: SimulatorRig["call"] = async (method, path, body, token = TEST_BUSINESS.accessToken) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed };
  };
  const registered = await call("POST", "/_sim/api/businesses", {
    ...TEST_BUSINESS,
    webhookUrl: receiver.url,
  });
  const handshake = readHandshake(registered.body);
  return {
    baseUrl,
    simulator,
    app,
    receiver,
    handshake,
    call,
    async close() {
      await simulator.close();
      await app.close();
      await receiver.close();
    },
  };
}

function readHandshake(body: unknown): string {
  if (
    body !== null &&
    typeof body === "object" &&
    "handshake" in body &&
    typeof body.handshake === "string"
  ) {
    return body.handshake;
  }
  return "missing";
}
