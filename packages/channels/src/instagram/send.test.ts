import type { FetchFn } from "@switchboard/core";
import { ChannelError } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { sendInstagramRequest, sendInstagramSenderAction } from "./send.js";

describe("sendInstagramRequest", () => {
  it("POSTs to graph.instagram.com /me/messages with the Instagram token", async () => {
    const seen: [string, string | null, unknown][] = [];
    const fetch: FetchFn = async (url, init) => {
      seen.push([url, new Headers(init?.headers).get("authorization"), JSON.parse(String(init?.body))]);
      return new Response(JSON.stringify({ recipient_id: "1182765409375826", message_id: "aWdf_OUT" }), {
        status: 200,
      });
    };
    const deps = { fetch, graphUrl: "https://graph.instagram.com", graphVersion: "v25.0" };
    const request = {
      recipient: { id: "1182765409375826" },
      messaging_type: "RESPONSE",
      message: { text: "有的" },
    };
    expect(await sendInstagramRequest(deps, { accessToken: "IGAA-token" }, request)).toEqual({
      providerMessageId: "aWdf_OUT",
      recipientExternalId: "1182765409375826",
    });
    await sendInstagramSenderAction(deps, { accessToken: "IGAA-token" }, "1182765409375826", "mark_seen");
    expect(seen).toEqual([
      ["https://graph.instagram.com/v25.0/me/messages", "Bearer IGAA-token", request],
      [
        "https://graph.instagram.com/v25.0/me/messages",
        "Bearer IGAA-token",
        { recipient: { id: "1182765409375826" }, sender_action: "mark_seen" },
      ],
    ]);
  });

  it("maps Instagram's closed window (10/2534022) and an expired session (190)", async () => {
    let body: unknown;
    const fetch: FetchFn = async () => new Response(JSON.stringify(body), { status: 400 });
    const deps = { fetch, graphUrl: "https://graph.instagram.com", graphVersion: "v25.0" };
    const send = async () =>
      sendInstagramRequest(deps, { accessToken: "t" }, {}).then(
        () => undefined,
        (e: unknown) => e,
      );
    body = {
      error: {
        message: "(#10) This message is sent outside of allowed window.",
        code: 10,
        error_subcode: 2534022,
      },
    };
    const closed = await send();
    expect(closed).toBeInstanceOf(ChannelError);
    expect(closed).toMatchObject({ retryable: false, code: "channel_window_closed" });
    body = {
      error: { message: "Error validating access token: Session has expired", code: 190, error_subcode: 463 },
    };
    expect(await send()).toMatchObject({ retryable: false, code: "channel_auth_failed" });
  });
});
