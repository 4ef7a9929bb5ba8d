import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";
import { inboundTextWebhook } from "../../testing/inbound-text-webhook.js";

interface ApiError {
  error: {
    code: string;
    message: string;
    violations?: { path: string; rule: string }[];
    issues?: { path: string }[];
  };
}
interface ApiMessage {
  id: string;
  status: string;
  error: { code: number | null; reason: string } | null;
}

describe.each(testDialects)("agent messages on %s", (dialect) => {
  let h: TestSwitchboard;
  beforeAll(async () => {
    h = await startTestSwitchboard(dialect, { sentDelayMs: 10, deliveredDelayMs: 20, readDelayMs: 30 });
  });
  afterAll(async () => h.close());

  const conversationOf = async (waId: string) =>
    eventually(async () => {
      const list = await h.api("GET", "/api/v1/conversations");
      const items = (list.json as { items: { id: string; contact: { externalId: string } }[] }).items;
      return items.find((c) => c.contact.externalId === waId)?.id;
    }, `the conversation of ${waId}`);

  const messageById = async (conversationId: string, id: string) => {
    const list = await h.api("GET", `/api/v1/conversations/${conversationId}/messages`);
    return (list.json as { items: ApiMessage[] }).items.find((m) => m.id === id);
  };

  it("needs the bearer token", async () => {
    const response = await fetch(`${h.switchboard.url}/api/v1/conversations`);
    expect(response.status).toBe(401);
    expect(((await response.json()) as ApiError).error.code).toBe("unauthorized");
  });

  it("answers 400 naming the field when the body is malformed", async () => {
    await h.customerSends("886900000001", { type: "text", text: "hello" });
    const id = await conversationOf("886900000001");
    const response = await h.api("POST", `/api/v1/conversations/${id}/messages`, {
      message: { kind: "text" },
    });
    expect(response.status).toBe(400);
    const body = response.json as ApiError;
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.issues?.[0]?.path).toBe("body.message.text");
  });

  it("answers 422 with every broken limit and its path, storing nothing", async () => {
    const id = await conversationOf("886900000001");
    const response = await h.api("POST", `/api/v1/conversations/${id}/messages`, {
      message: {
        kind: "choices",
        style: "buttons",
        body: "Pick",
        sections: [
          {
            options: ["One", "Two", "Three", "Four"].map((t) => ({
              id: t,
              title: t === "One" ? "A label much longer than twenty" : t,
            })),
          },
        ],
      },
    });
    expect(response.status).toBe(422);
    const violations = (response.json as ApiError).error.violations ?? [];
    expect(violations.map((v) => v.path).sort()).toEqual([
      "sections[0].options",
      "sections[0].options[0].title",
    ]);
  });

  it("sends an agent reply that the customer reads", async () => {
    const id = await conversationOf("886900000001");
    const response = await h.api("POST", `/api/v1/conversations/${id}/messages`, {
      message: { kind: "text", text: "Hello from the counter 💄" },
    });
    expect(response.status).toBe(201);
    const sent = (response.json as { message: ApiMessage }).message;
    const read = await eventually(async () => {
      const message = await messageById(id, sent.id);
      return message?.status === "read" ? message : undefined;
    }, "the agent reply read");
    expect(read.error).toBeNull();
  });

  it("refuses a free-form message outside the 24-hour window before calling the platform", async () => {
    const waId = "886900000002";
    await h.postWebhook(
      inboundTextWebhook(waId, "are you open?", new Date(Date.now() - 25 * 3_600_000), "wamid.old-1"),
    );
    const id = await conversationOf(waId);
    const response = await h.api("POST", `/api/v1/conversations/${id}/messages`, {
      message: { kind: "text", text: "Yes!" },
    });
    expect(response.status).toBe(409);
    const body = response.json as ApiError;
    expect(body.error.code).toBe("window_closed");
    expect(body.error.message).toContain("24-hour customer service window");
    expect((response.json as { error: { fallback?: { kind: string } } }).error.fallback).toEqual({
      kind: "template",
    });
    const thread = await h.api("GET", `/api/v1/conversations/${id}/messages`);
    const refused = (
      thread.json as { items: (ApiMessage & { refusal: unknown; providerMessageId: string | null })[] }
    ).items.filter((m) => m.status === "refused");
    expect(refused).toHaveLength(1);
    expect(refused[0]?.refusal).toEqual({ code: "window_closed", reason: body.error.message });
    expect(refused[0]?.providerMessageId ?? null).toBeNull();
  });

  it("records the platform's asynchronous refusal (131047) on the message", async () => {
    // Switchboard's window is open (the message just arrived) but the platform's is not: Meta's known issue.
    const waId = "886900000003";
    await h.postWebhook(inboundTextWebhook(waId, "hi", new Date(), "wamid.direct-1"));
    const id = await conversationOf(waId);
    const response = await h.api("POST", `/api/v1/conversations/${id}/messages`, {
      message: { kind: "text", text: "Welcome back" },
    });
    const sent = (response.json as { message: ApiMessage }).message;
    const failed = await eventually(async () => {
      const message = await messageById(id, sent.id);
      return message?.status === "failed" ? message : undefined;
    }, "the 131047 failure");
    expect(failed.error?.code).toBe(131047);
    expect(failed.error?.reason).toContain("24 hours");
  });

  it("fails a message for good when the platform refuses the token (190), without retrying", async () => {
    const id = await conversationOf("886900000001");
    await h.api("PATCH", `/api/v1/channel-accounts/${h.channelAccountId}`, {
      secrets: { accessToken: "EAAG-revoked" },
    });
    const response = await h.api("POST", `/api/v1/conversations/${id}/messages`, {
      message: { kind: "text", text: "Are you there?" },
    });
    const sent = (response.json as { message: ApiMessage }).message;
    const failed = await eventually(async () => {
      const message = await messageById(id, sent.id);
      return message?.status === "failed" ? message : undefined;
    }, "the auth failure");
    expect(failed.error?.code).toBe(190);
    await h.api("PATCH", `/api/v1/channel-accounts/${h.channelAccountId}`, {
      secrets: { accessToken: h.secrets.accessToken },
    });
  });

  it("retries through the platform's throughput limit (130429) until every message is accepted", async () => {
    const id = await conversationOf("886900000001");
    await fetch(`${h.simulatorUrl}/_sim/api/settings`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messagesPerSecond: 1 }),
    });
    const ids: string[] = [];
    for (const text of ["one", "two", "three"]) {
      const response = await h.api("POST", `/api/v1/conversations/${id}/messages`, {
        message: { kind: "text", text },
      });
      ids.push((response.json as { message: ApiMessage }).message.id);
    }
    for (const messageId of ids) {
      await eventually(
        async () => {
          const message = await messageById(id, messageId);
          return message?.status === "read" ? message : undefined;
        },
        `message ${messageId} read`,
        20_000,
      );
    }
    await fetch(`${h.simulatorUrl}/_sim/api/settings`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ messagesPerSecond: 1000 }),
    });
  });

  it("keeps retrying through the pair rate limit (131056) instead of failing", async () => {
    await fetch(`${h.simulatorUrl}/_sim/api/settings`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ pairRateLimit: true, statusWebhooks: false }),
    });
    await h.customerSends("886900000009", { type: "text", text: "tell me everything" });
    const id = await conversationOf("886900000009");
    // No bot runs on this number: the 46th message is one over the burst of 45 the pair may send.
    const ids: string[] = [];
    for (let i = 0; i < 46; i++) {
      const response = await h.api("POST", `/api/v1/conversations/${id}/messages`, {
        message: { kind: "text", text: `fact ${i}` },
      });
      ids.push((response.json as { message: ApiMessage }).message.id);
    }
    const last = ids.at(-1) ?? "";
    const job = await eventually(async () => {
      const jobs = await h.database.db
        .selectFrom("jobs")
        .selectAll()
        .where("name", "=", "send-message")
        .where("attempts", ">", 0)
        .execute();
      return jobs.find((j) => j.payload.includes(last) && j.status === "queued");
    }, "the rate-limited send waiting for its retry");
    expect(job.status).toBe("queued");
    expect(job.run_at).toBeGreaterThan(Date.now());
    expect((await messageById(id, last))?.status).toBe("pending");
    await fetch(`${h.simulatorUrl}/_sim/api/settings`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ pairRateLimit: false, statusWebhooks: true }),
    });
  });

  it("publishes an OpenAPI document generated from the route schemas", async () => {
    const response = await fetch(`${h.switchboard.url}/api/v1/openapi.json`);
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/conversations/{id}/messages");
    expect(doc.paths["/api/v1/conversations/{id}/messages"]?.["post"]).toBeDefined();
  });
});
