import { ChannelError, type FetchFn } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { fetchMessagingAttachment } from "./media.js";

const url = "https://scontent.xx.fbcdn.net/v/t1.15752-9/448217465_n.jpg?oe=66A1B2C3";

async function rejection(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ChannelError)) throw new Error(`expected a ChannelError, got ${String(error)}`);
  return error;
}

describe("fetchMessagingAttachment", () => {
  it("GETs the CDN URL without a token and returns bytes and type", async () => {
    const seen: [string, RequestInit | undefined][] = [];
    const fetch: FetchFn = async (input, init) => {
      seen.push([input, init]);
      return new Response(Buffer.from([0xff, 0xd8, 0xff]), {
        status: 200,
        headers: { "content-type": "image/jpeg" },
      });
    };
    const media = await fetchMessagingAttachment({ fetch }, url);
    expect(media).toEqual({ bytes: Buffer.from([0xff, 0xd8, 0xff]), mimeType: "image/jpeg" });
    expect(seen).toEqual([[url, { method: "GET" }]]);
  });

  it("gives up on an expired URL, retries a 5xx, and refuses what is not a URL before fetching", async () => {
    let status = 403;
    let calls = 0;
    const fetch: FetchFn = async () => {
      calls += 1;
      return new Response("URL signature expired", { status });
    };
    expect(await rejection(fetchMessagingAttachment({ fetch }, url))).toMatchObject({ retryable: false });
    status = 503;
    expect(await rejection(fetchMessagingAttachment({ fetch }, url, "Instagram"))).toMatchObject({
      retryable: true,
    });
    expect(await rejection(fetchMessagingAttachment({ fetch }, "file:///etc/passwd"))).toMatchObject({
      retryable: false,
    });
    expect(calls).toBe(2);
  });
});
