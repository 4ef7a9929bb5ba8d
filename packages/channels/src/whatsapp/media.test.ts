import { createHash } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ChannelError } from "@switchboard/core";
import { fetchWhatsAppMedia } from "./media.js";

const ACCOUNT = { phoneNumberId: "106540352242922", accessToken: "EAAG-media-token" };
const MEDIA_ID = "1003383421387256";
const BYTES = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01]);
const SHA256 = createHash("sha256").update(BYTES).digest("hex");

interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
}

let server: Server;
let origin: string;
let seen: Seen[] = [];
/** Path → status and body; anything else is a 404 in Graph's error shape. */
let routes = new Map<string, { status: number; body: string | Buffer; type: string }>();

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ method: req.method, url: req.url, headers: req.headers });
    const route = routes.get(req.url ?? "");
    if (!route) {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          error: { message: "Unsupported get request.", type: "GraphMethodException", code: 100 },
        }),
      );
      return;
    }
    res.writeHead(route.status, { "content-type": route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  const info = {
    url: `${origin}/whatsapp_business/attachments/?mid=${MEDIA_ID}&ext=1749416710&hash=ATtHtJ3b`,
    mime_type: "image/jpeg",
    sha256: SHA256,
    file_size: BYTES.length,
    id: MEDIA_ID,
    messaging_product: "whatsapp",
  };
  routes = new Map([
    [
      `/v25.0/${MEDIA_ID}?phone_number_id=106540352242922`,
      { status: 200, body: JSON.stringify(info), type: "application/json" },
    ],
    [
      `/whatsapp_business/attachments/?mid=${MEDIA_ID}&ext=1749416710&hash=ATtHtJ3b`,
      { status: 200, body: BYTES, type: "image/jpeg" },
    ],
  ]);
});

const deps = () => ({ fetch: globalThis.fetch, graphUrl: origin, graphVersion: "v25.0" });

async function rejection(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ChannelError)) throw new Error(`expected a ChannelError, got ${String(error)}`);
  return error;
}

describe("fetchWhatsAppMedia", () => {
  it("reads the metadata, then downloads the bytes with the same bearer token", async () => {
    const media = await fetchWhatsAppMedia(deps(), ACCOUNT, MEDIA_ID);
    expect(media).toEqual({ bytes: BYTES, mimeType: "image/jpeg", sha256: SHA256, fileSize: BYTES.length });
    expect(seen.map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ["GET", `/v25.0/${MEDIA_ID}?phone_number_id=106540352242922`, "Bearer EAAG-media-token"],
      [
        "GET",
        `/whatsapp_business/attachments/?mid=${MEDIA_ID}&ext=1749416710&hash=ATtHtJ3b`,
        "Bearer EAAG-media-token",
      ],
    ]);
  });

  it("maps an unknown media id (Graph error 100) to a non-retryable error without downloading", async () => {
    const error = await rejection(fetchWhatsAppMedia(deps(), ACCOUNT, "999"));
    expect(error).toMatchObject({ retryable: false, platformCode: 100 });
    expect(seen).toHaveLength(1);
  });

  it("maps an expired token on the metadata call", async () => {
    routes.set(`/v25.0/${MEDIA_ID}?phone_number_id=106540352242922`, {
      status: 401,
      body: JSON.stringify({
        error: { message: "Error validating access token", type: "OAuthException", code: 190 },
      }),
      type: "application/json",
    });
    const error = await rejection(fetchWhatsAppMedia(deps(), ACCOUNT, MEDIA_ID));
    expect(error).toMatchObject({ retryable: false, platformCode: 190, code: "channel_auth_failed" });
  });

  it("retries when the download URL answers 5xx", async () => {
    routes.set(`/whatsapp_business/attachments/?mid=${MEDIA_ID}&ext=1749416710&hash=ATtHtJ3b`, {
      status: 500,
      body: "oops",
      type: "text/plain",
    });
    const error = await rejection(fetchWhatsAppMedia(deps(), ACCOUNT, MEDIA_ID));
    expect(error).toMatchObject({ retryable: true, platformCode: undefined });
  });

  it("refuses metadata without a URL", async () => {
    routes.set(`/v25.0/${MEDIA_ID}?phone_number_id=106540352242922`, {
      status: 200,
      body: JSON.stringify({ id: MEDIA_ID, mime_type: "image/jpeg" }),
      type: "application/json",
    });
    const error = await rejection(fetchWhatsAppMedia(deps(), ACCOUNT, MEDIA_ID));
    expect(error).toMatchObject({ retryable: false, code: "channel_bad_response" });
  });

  it("retries when the network fails", async () => {
    const error = await rejection(
      fetchWhatsAppMedia({ ...deps(), graphUrl: "http://127.0.0.1:1" }, ACCOUNT, MEDIA_ID),
    );
    expect(error).toMatchObject({ retryable: true, code: "channel_unavailable" });
  });
});
