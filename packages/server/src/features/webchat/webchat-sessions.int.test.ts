import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { testDialects } from "../../testing/test-databases.js";
import { startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { connectWebchat } from "./webchat.test-support.js";

const SHOP = "https://shop.test-beauty.example";

describe.each(testDialects)("web chat sessions (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("gives a browser a token, resumes it, and makes a signed-in user the same visitor on every device", async () => {
    t = await startTestSwitchboard(dialect);
    const chat = await connectWebchat(t, { allowedOrigins: [SHOP] });
    const first = await chat.call("POST", "session", {});
    expect(first.status).toBe(200);
    const token = String(first.json.visitorToken);
    expect(first.json.visitorId).toMatch(/^v_/);
    const again = await chat.call("POST", "session", { visitorToken: token });
    expect(again.json).toMatchObject({ visitorToken: token, visitorId: first.json.visitorId });

    const userSignature = createHmac("sha256", chat.secret).update("customer-8841").digest("hex");
    const signedIn = await chat.call("POST", "session", {
      visitorToken: token,
      userId: "customer-8841",
      userSignature,
    });
    expect(signedIn.json).toMatchObject({
      visitorToken: token,
      visitorId: "u:customer-8841",
      userId: "customer-8841",
    });
    const phone = await chat.call("POST", "session", { userId: "customer-8841", userSignature });
    expect(phone.json.visitorToken).not.toBe(token);
    expect(phone.json.visitorId).toBe("u:customer-8841");

    // The same browser on a page without the signed-in user does not speak as them any more.
    const signedOut = await chat.call("POST", "session", { visitorToken: token });
    expect(signedOut.json.visitorToken).not.toBe(token);
    expect(signedOut.json.visitorId).toMatch(/^v_/);
  });

  it("refuses a user id signed with another secret, naming the field", async () => {
    t = await startTestSwitchboard(dialect);
    const chat = await connectWebchat(t);
    const forged = createHmac("sha256", "not-the-secret").update("customer-8841").digest("hex");
    const answer = await chat.call("POST", "session", { userId: "customer-8841", userSignature: forged });
    expect(answer.status).toBe(401);
    expect(answer.json).toMatchObject({ error: { code: "bad_signature", path: "userSignature" } });
    const alone = await chat.call("POST", "session", { userId: "customer-8841" });
    expect(alone.status).toBe(400);
    expect(JSON.stringify(alone.json)).toContain("body.userSignature");
  });

  it("answers only pages on the allowed origins (and the server's own), with CORS headers", async () => {
    t = await startTestSwitchboard(dialect);
    const chat = await connectWebchat(t, { allowedOrigins: [SHOP] });
    const allowed = await chat.call("POST", "session", {}, { origin: SHOP });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("access-control-allow-origin")).toBe(SHOP);
    const other = await chat.call("POST", "session", {}, { origin: "https://evil.example" });
    expect(other.status).toBe(403);
    expect(other.json).toMatchObject({ error: { code: "origin_not_allowed" } });
    expect(JSON.stringify(other.json)).toContain("https://evil.example");
    const own = await chat.call("POST", "session", {}, { origin: new URL(t.switchboard.url).origin });
    expect(own.status).toBe(200);
    const preflight = await fetch(`${t.switchboard.url}/webchat/${chat.widgetKey}/messages`, {
      method: "OPTIONS",
      headers: { origin: SHOP, "access-control-request-method": "POST" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-headers")).toContain("x-webchat-visitor");
  });

  it("names the field of bad input, refuses unknown keys and tokens, and rate-limits sends", async () => {
    t = await startTestSwitchboard(dialect);
    const chat = await connectWebchat(t);
    const unknownKey = await fetch(`${t.switchboard.url}/webchat/wc_nosuchkey00/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(unknownKey.status).toBe(404);
    const visitor = String((await chat.call("POST", "session", {})).json.visitorToken);
    const noToken = await chat.call("POST", "messages", { id: "m1", message: { kind: "text", text: "hi" } });
    expect(noToken.status).toBe(401);
    const empty = await chat.call(
      "POST",
      "messages",
      { id: "m1", message: { kind: "text", text: "" } },
      { visitor },
    );
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.json)).toContain("body.message.text");
    const badId = await chat.call(
      "POST",
      "messages",
      { id: "no spaces", message: { kind: "text", text: "hi" } },
      { visitor },
    );
    expect(JSON.stringify(badId.json)).toContain("body.id");

    const answers = [];
    for (let n = 0; n < 11; n += 1)
      answers.push(
        await chat.call(
          "POST",
          "messages",
          { id: `burst${n}`, message: { kind: "text", text: `hello ${n}` } },
          { visitor },
        ),
      );
    expect(answers.slice(0, 10).every((a) => a.status === 202)).toBe(true);
    expect(answers[10]?.status).toBe(429);
    expect(Number(answers[10]?.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
