import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChannelError } from "@switchboard/core";
import { markWhatsAppMessageRead, sendWhatsAppRequest } from "./send.js";

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}
interface Answer {
  status: number;
  body: string;
}

const ACCOUNT = { phoneNumberId: "106540352242922", accessToken: "EAAG-test-token" };
const ACCEPTED = {
  messaging_product: "whatsapp",
  contacts: [{ input: "+16505551234", wa_id: "16505551234" }],
  messages: [{ id: "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0QjdBMjU3NUQ5RjEyQzNEOTEA" }],
};

let server: Server;
let graphUrl: string;
let seen: Seen[] = [];
let answer: Answer = { status: 200, body: JSON.stringify(ACCEPTED) };

beforeAll(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      seen.push({
        method: req.method,
        url: req.url,
        headers: req.headers,
        body: Buffer.concat(chunks).toString(),
      });
      res.writeHead(answer.status, { "content-type": "application/json" }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  graphUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  answer = { status: 200, body: JSON.stringify(ACCEPTED) };
});

const deps = () => ({ fetch: globalThis.fetch, graphUrl, graphVersion: "v25.0" });
const textRequest = {
  recipient_type: "individual",
  to: "+16505551234",
  type: "text",
  text: { body: "Hello" },
};

async function rejection(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ChannelError)) throw new Error(`expected a ChannelError, got ${String(error)}`);
  return error;
}

describe("sendWhatsAppRequest", () => {
  it("POSTs the JSON body with the bearer token to /{version}/{phone-number-id}/messages", async () => {
    const receipt = await sendWhatsAppRequest(deps(), ACCOUNT, textRequest);
    expect(receipt).toEqual({
      providerMessageId: "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI0QjdBMjU3NUQ5RjEyQzNEOTEA",
      recipientExternalId: "16505551234",
    });
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe("POST");
    expect(request?.url).toBe("/v25.0/106540352242922/messages");
    expect(request?.headers.authorization).toBe("Bearer EAAG-test-token");
    expect(request?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(request?.body ?? "")).toEqual({ messaging_product: "whatsapp", ...textRequest });
  });

  it("accepts an answer without contacts (e.g. group sends)", async () => {
    answer = {
      status: 200,
      body: JSON.stringify({ messaging_product: "whatsapp", messages: [{ id: "wamid.G" }] }),
    };
    expect(await sendWhatsAppRequest(deps(), ACCOUNT, textRequest)).toEqual({ providerMessageId: "wamid.G" });
  });

  it("does not retry an invalid parameter (400, code 100)", async () => {
    answer = {
      status: 400,
      body: JSON.stringify({
        error: {
          message: "(#100) Invalid parameter",
          type: "OAuthException",
          code: 100,
          error_data: { messaging_product: "whatsapp", details: "Param text['body'] is required." },
          fbtrace_id: "A1b2C3",
        },
      }),
    };
    const error = await rejection(sendWhatsAppRequest(deps(), ACCOUNT, textRequest));
    expect(error).toMatchObject({ retryable: false, platformCode: 100, code: "channel_invalid_request" });
    expect(error.message).toContain("Param text['body'] is required.");
  });

  it("retries when throughput is reached (130429)", async () => {
    answer = {
      status: 400,
      body: JSON.stringify({
        error: { message: "(#130429) Rate limit hit", type: "OAuthException", code: 130429 },
      }),
    };
    const error = await rejection(sendWhatsAppRequest(deps(), ACCOUNT, textRequest));
    expect(error).toMatchObject({ retryable: true, platformCode: 130429, code: "channel_rate_limited" });
  });

  it("retries a 5xx without a JSON body", async () => {
    answer = { status: 503, body: "Service Unavailable" };
    const error = await rejection(sendWhatsAppRequest(deps(), ACCOUNT, textRequest));
    expect(error).toMatchObject({ retryable: true, platformCode: undefined, details: "Service Unavailable" });
  });

  it("does not retry a 200 it cannot read, since the message may have been accepted", async () => {
    answer = { status: 200, body: JSON.stringify({ messaging_product: "whatsapp", messages: [] }) };
    const error = await rejection(sendWhatsAppRequest(deps(), ACCOUNT, textRequest));
    expect(error).toMatchObject({ retryable: false, code: "channel_bad_response" });
  });

  it("retries when the network fails", async () => {
    const unreachable = { ...deps(), graphUrl: "http://127.0.0.1:1" };
    const error = await rejection(sendWhatsAppRequest(unreachable, ACCOUNT, textRequest));
    expect(error).toMatchObject({ retryable: true, code: "channel_unavailable" });
  });
});

describe("markWhatsAppMessageRead", () => {
  it("POSTs status read for the message, optionally with a typing indicator", async () => {
    answer = { status: 200, body: JSON.stringify({ success: true }) };
    await markWhatsAppMessageRead(deps(), ACCOUNT, "wamid.IN");
    await markWhatsAppMessageRead(deps(), ACCOUNT, "wamid.IN2", { showTyping: true });
    expect(seen.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ["POST", "/v25.0/106540352242922/messages", "Bearer EAAG-test-token"],
      ["POST", "/v25.0/106540352242922/messages", "Bearer EAAG-test-token"],
    ]);
    expect(seen.map((r) => JSON.parse(r.body))).toEqual([
      { messaging_product: "whatsapp", status: "read", message_id: "wamid.IN" },
      {
        messaging_product: "whatsapp",
        status: "read",
        message_id: "wamid.IN2",
        typing_indicator: { type: "text" },
      },
    ]);
  });

  it("maps an error for a message that is too old", async () => {
    answer = {
      status: 400,
      body: JSON.stringify({ error: { message: "(#131009) Parameter value is not valid", code: 131009 } }),
    };
    const error = await rejection(markWhatsAppMessageRead(deps(), ACCOUNT, "wamid.OLD"));
    expect(error).toMatchObject({ retryable: false, platformCode: 131009 });
  });
});
