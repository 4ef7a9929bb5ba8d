import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SimulatorRig, startSimulator, TEST_BUSINESS } from "../testing/start-simulator.js";

const PATH = `/v25.0/${TEST_BUSINESS.phoneNumberId}/messages`;

function envelope(extra: Record<string, unknown>) {
  return { messaging_product: "whatsapp", to: "+16505551234", type: "text", ...extra };
}

type GraphErrorBody = { error: { code: number } };

describe("sending limits (PLATFORMS.md A9)", () => {
  let rig: SimulatorRig;
  beforeEach(async () => {
    rig = await startSimulator({ settings: { statusWebhooks: false } });
  });
  afterEach(async () => rig.close());

  it("answers 130429 over the messages-per-second limit", async () => {
    rig.simulator.state.settings = { ...rig.simulator.state.settings, messagesPerSecond: 5 };
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => rig.call("POST", PATH, envelope({ text: { body: "burst" } }))),
    );
    const limited = answers.filter((a) => a.status !== 200);
    expect(limited.length).toBeGreaterThanOrEqual(3);
    expect((limited[0]?.body as GraphErrorBody).error.code).toBe(130429);
    expect(limited[0]?.status).toBe(429);
  });

  it("answers 131056 past a burst of 45 to one customer when the pair rate limit is on", async () => {
    await rig.call("PATCH", "/_sim/api/settings", { pairRateLimit: true });
    const codes: number[] = [];
    for (let i = 0; i < 46; i++) {
      const { body } = await rig.call("POST", PATH, envelope({ text: { body: `n${i}` } }));
      codes.push((body as Partial<GraphErrorBody>).error?.code ?? 0);
    }
    expect(codes.slice(0, 45).every((c) => c === 0)).toBe(true);
    expect(codes[45]).toBe(131056);
    const other = await rig.call("POST", PATH, {
      ...envelope({ text: { body: "other" } }),
      to: "+16505550000",
    });
    expect(other.status).toBe(200);
  });
});
