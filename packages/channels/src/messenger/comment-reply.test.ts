import { ChannelError, type FetchFn } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { replyToComment } from "./comment-reply.js";

function recorder(status: number, body: unknown) {
  const seen: { url: string; method: string | undefined; auth: string | null; body: unknown }[] = [];
  const fetch: FetchFn = async (url, init) => {
    seen.push({
      url,
      method: init?.method,
      auth: new Headers(init?.headers).get("authorization"),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  };
  return { seen, deps: { fetch, graphUrl: "https://graph.example.test", graphVersion: "v25.0" } };
}
const account = { accessToken: "EAAPage-token" };

describe("replyToComment", () => {
  it("answers a Facebook comment with POST /{comment-id}/comments and returns the new comment's id", async () => {
    const { seen, deps } = recorder(200, { id: "111_222_333" });
    const reply = { platform: "messenger" as const, commentId: "111_222", message: "Thanks!" };
    expect(await replyToComment(deps, account, reply)).toEqual({ id: "111_222_333" });
    expect(seen).toEqual([
      {
        url: "https://graph.example.test/v25.0/111_222/comments",
        method: "POST",
        auth: "Bearer EAAPage-token",
        body: { message: "Thanks!" },
      },
    ]);
  });

  it("answers an Instagram comment with POST /{ig-comment-id}/replies", async () => {
    const { seen, deps } = recorder(200, { id: "17900000000000002" });
    await replyToComment(deps, account, {
      platform: "instagram",
      commentId: "17900000000000001",
      message: "Hi",
    });
    expect(seen[0]?.url).toBe("https://graph.example.test/v25.0/17900000000000001/replies");
  });

  it("throws Meta's refusal as a ChannelError with the platform's code", async () => {
    const { deps } = recorder(400, {
      error: { code: 100, message: "Invalid parameter", type: "OAuthException" },
    });
    const error = await replyToComment(deps, account, {
      platform: "messenger",
      commentId: "1_2",
      message: "x",
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ platformCode: 100, retryable: false });
    expect(String(error)).toContain("Messenger error 100");
  });
});
