// Offers webhooks at a fixed rate (one new customer saying "hi" each time), whatever the server's pace,
// to measure acknowledgement latency under a given load.
import { HttpClient } from "./http-client.js";
import { inboundBody, signature } from "./webhook-body.js";
import type { BenchNumber } from "./webhook-body.js";

export interface OpenLoopResult {
  offered: number;
  acknowledged: number;
  ackMs: number[];
  seconds: number;
}

export async function offerAtRate(
  number: BenchNumber,
  url: URL,
  appSecret: string,
  perSecond: number,
  seconds: number,
): Promise<OpenLoopResult> {
  const client = new HttpClient(512);
  const total = perSecond * seconds;
  const result: OpenLoopResult = { offered: total, acknowledged: 0, ackMs: [], seconds };
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const body = inboundBody(number, `8527${String(10_000_000 + i).padStart(8, "0")}`, {
      type: "text",
      text: "hi",
    });
    const sentAt = performance.now();
    inFlight.push(
      client
        .post(url, body, {
          "content-type": "application/json",
          "x-hub-signature-256": signature(body, appSecret),
        })
        .then((status) => {
          if (status === 200) result.acknowledged += 1;
          result.ackMs.push(performance.now() - sentAt);
        }),
    );
  }
  await Promise.all(inFlight);
  client.close();
  return result;
}
