import { describe, expect, it } from "vitest";
import { fetchLineContent } from "./media.js";
import { rejection, useLineApi } from "./line-api.test-support.js";

const ACCOUNT = { channelAccessToken: "line-token-1" };
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);

const api = useLineApi(() => [{ status: 200, headers: { "content-type": "image/jpeg" }, body: JPEG }]);

describe("fetchLineContent", () => {
  it("GETs the content by message id from the data host, with the bearer token", async () => {
    const content = await fetchLineContent(api.deps(), ACCOUNT, "549872013617086503");
    expect(content).toEqual({ bytes: JPEG, mimeType: "image/jpeg" });
    expect(api.seen().map((r) => [r.method, r.url, r.headers.authorization])).toEqual([
      ["GET", "/data/v2/bot/message/549872013617086503/content", "Bearer line-token-1"],
    ]);
  });

  it("drops media type parameters and falls back to octet-stream", async () => {
    api.answer({ status: 200, headers: { "content-type": "audio/x-m4a; charset=binary" }, body: JPEG });
    expect((await fetchLineContent(api.deps(), ACCOUNT, "1")).mimeType).toBe("audio/x-m4a");
    api.answer({ status: 200, headers: { "content-type": "" }, body: JPEG });
    expect((await fetchLineContent(api.deps(), ACCOUNT, "1")).mimeType).toBe("application/octet-stream");
  });

  it("asks again later while LINE is still preparing a video", async () => {
    api.answer({ status: 202, body: "" });
    const error = await rejection(fetchLineContent(api.deps(), ACCOUNT, "549872013617086505"));
    expect(error).toMatchObject({ retryable: true, code: "channel_unavailable", retryAfterMs: 5000 });
  });

  it("does not retry content that is gone, and retries a server error", async () => {
    api.answer({ status: 404, body: JSON.stringify({ message: "Not found" }) });
    expect(await rejection(fetchLineContent(api.deps(), ACCOUNT, "1"))).toMatchObject({
      retryable: false,
      platformCode: 404,
    });
    api.answer({ status: 500, body: "" });
    expect(await rejection(fetchLineContent(api.deps(), ACCOUNT, "1"))).toMatchObject({ retryable: true });
  });

  it("URL-encodes the message id", async () => {
    await fetchLineContent(api.deps(), ACCOUNT, "../admin");
    expect(api.seen()[0]?.url).toBe("/data/v2/bot/message/..%2Fadmin/content");
  });
});
