import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadWhatsAppFixture, whatsAppFixtureNames } from "@switchboard/channels/whatsapp/fixtures";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";

describe.each(testDialects)("webhook intake on %s", (dialect) => {
  let h: TestSwitchboard;
  beforeAll(async () => {
    h = await startTestSwitchboard(dialect, { statusWebhooks: false });
  });
  afterAll(async () => h.close());

  const count = async (table: "webhook_events" | "messages" | "contacts") => {
    const row = await h.database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  let before = 0;
  beforeEach(async () => {
    before = await count("webhook_events");
  });

  it("answers Meta's handshake only with the right verify token", async () => {
    const ok = await fetch(
      `${h.switchboard.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=${h.secrets.verifyToken}&hub.challenge=8471`,
    );
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe("8471");
    const wrong = await fetch(
      `${h.switchboard.url}/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=8471`,
    );
    expect(wrong.status).toBe(403);
  });

  it("refuses unsigned, forged and wrongly signed webhooks and stores nothing", async () => {
    const body = loadWhatsAppFixture("message-text");
    expect((await h.postWebhook(body, null)).status).toBe(401);
    expect((await h.postWebhook(body, "sha256=" + "0".repeat(64))).status).toBe(401);
    expect((await h.postWebhook(body, "sha256=abc")).status).toBe(401);
    expect(await count("webhook_events")).toBe(before);
  });

  it("stores a redelivered webhook once and makes one message of it", async () => {
    const body = loadWhatsAppFixture("message-location");
    const answers = [await h.postWebhook(body), await h.postWebhook(body), await h.postWebhook(body)];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(answers.map((a) => (a.json as { stored: number }).stored)).toEqual([1, 0, 0]);
    const messages = await eventually(async () => {
      const rows = await h.database.db
        .selectFrom("messages")
        .selectAll()
        .where("direction", "=", "inbound")
        .execute();
      const location = rows.filter((r) => JSON.parse(r.content).kind === "location");
      return location.length > 0 ? location : undefined;
    }, "the location message");
    expect(messages).toHaveLength(1);
  });

  it("stores webhooks that arrive together once each, a redelivery among them once, and processes them all", async () => {
    const withId = (n: number) => {
      const body = structuredClone(loadWhatsAppFixture("message-text")) as {
        entry: { changes: { value: { messages: { id: string }[] } }[] }[];
      };
      const message = body.entry[0]?.changes[0]?.value.messages[0];
      if (message === undefined) throw new Error("the fixture has no message");
      message.id = `wamid.together-${dialect}-${n}`;
      return body;
    };
    const bodies = [...Array.from({ length: 24 }, (_, n) => withId(n)), withId(7), withId(7), withId(11)];
    const answers = await Promise.all(bodies.map((body) => h.postWebhook(body)));
    expect(answers.map((a) => a.status).every((status) => status === 200)).toBe(true);
    const stored = answers.map((a) => (a.json as { stored: number }).stored);
    expect(stored.reduce((sum, n) => sum + n, 0)).toBe(24);
    expect(await count("webhook_events")).toBe(before + 24);
    const unprocessed = () =>
      h.database.db
        .selectFrom("webhook_events")
        .select("id")
        .where("processed_at", "is", null)
        .where("dedupe_key", "like", `%together-${dialect}-%`)
        .execute();
    await eventually(async () => ((await unprocessed()).length === 0 ? true : undefined), "all processed");
    const texts = await h.database.db
      .selectFrom("messages")
      .select("provider_message_id")
      .where("provider_message_id", "like", `wamid.together-${dialect}-%`)
      .execute();
    expect(texts).toHaveLength(24);
  });

  it("turns every inbound kind into a stored message with its neutral content", async () => {
    const expected: Record<string, string> = {
      "message-text": "text",
      "message-image": "media",
      "message-video": "media",
      "message-audio-voice": "media",
      "message-document": "media",
      "message-sticker": "media",
      "message-contacts": "contacts",
      "message-button-reply": "choice_reply",
      "message-list-reply": "choice_reply",
      "message-flow-reply": "flow_reply",
      "message-template-button": "template_button",
      "message-reaction": "reaction",
      "message-order": "order",
      "message-system": "system",
      "message-request-welcome": "welcome_request",
      "message-unsupported": "unsupported",
      "message-unknown-type": "unsupported",
      "message-text-from-ad": "text",
      "message-product-inquiry": "text",
    };
    const inboundBefore = (
      await h.database.db.selectFrom("messages").select("id").where("direction", "=", "inbound").execute()
    ).length;
    for (const name of Object.keys(expected)) {
      expect(whatsAppFixtureNames).toContain(name);
      const answer = await h.postWebhook(
        loadWhatsAppFixture(name as Parameters<typeof loadWhatsAppFixture>[0]),
      );
      expect(answer.status, name).toBe(200);
    }
    const kinds = await eventually(async () => {
      const rows = await h.database.db
        .selectFrom("messages")
        .select("content")
        .where("direction", "=", "inbound")
        .execute();
      const seen = rows.map((r) => (JSON.parse(r.content) as { kind: string }).kind);
      return seen.length >= inboundBefore + Object.keys(expected).length ? seen : undefined;
    }, "a message for every fixture");
    expect(Object.values(expected).filter((kind) => !kinds.includes(kind))).toEqual([]);
  });

  it("keeps status, template and account events it does not act on without failing", async () => {
    for (const name of [
      "template-status-update",
      "user-preferences",
      "account-errors",
      "status-read",
    ] as const) {
      expect((await h.postWebhook(loadWhatsAppFixture(name))).status, name).toBe(200);
    }
    await eventually(async () => {
      const open = await h.database.db
        .selectFrom("webhook_events")
        .select("id")
        .where("processed_at", "is", null)
        .execute();
      return open.length === 0 ? true : undefined;
    }, "every event processed");
  });

  it("answers 400 to a body that is not JSON and stores nothing", async () => {
    const response = await fetch(`${h.switchboard.url}/webhooks/whatsapp`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{oops",
    });
    expect(response.status).toBe(400);
    expect(await count("webhook_events")).toBe(before);
  });
});
