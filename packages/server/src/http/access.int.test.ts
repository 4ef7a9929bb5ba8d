// Who may read and answer what: sign-in with session cookie and CSRF, API tokens, roles and the
// conversation scope of agents and store managers, through the real API on both databases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversationOf } from "../testing/conversation-probes.js";
import { openEventStream } from "../testing/event-stream-client.js";
import { testDialects } from "../testing/test-databases.js";
import { bearerCaller, createStore, createUser, signIn } from "../testing/test-people.js";
import type { ApiAnswer, TestUser } from "../testing/test-people.js";
import { eventually, startTestSwitchboard } from "../testing/test-switchboard.js";
import type { TestSwitchboard } from "../testing/test-switchboard.js";

interface ConversationJson {
  id: string;
  status: string;
  assignedUserId: string | null;
  storeId: string | null;
}
const itemsOf = (answer: ApiAnswer) => (answer.json as { items: ConversationJson[] }).items;
const errorCode = (answer: { json: unknown }) => (answer.json as { error: { code: string } }).error.code;

/** The first admin, created at start from the environment. */
const owner = { ADMIN_EMAIL: "Owner@Example.com", ADMIN_PASSWORD: "owner-password-1" };

describe.each(testDialects)("access on %s", (dialect) => {
  let t: TestSwitchboard;
  let storeA: string;
  let storeB: string;
  let agent: TestUser;
  let otherAgent: TestUser;
  let manager: TestUser;
  /** Conversations: in store A's queue, in store B's queue, store A assigned to the other agent, no store. */
  const ids = { queueA: "", queueB: "", otherAgentsA: "", noStore: "" };

  beforeAll(async () => {
    t = await startTestSwitchboard(dialect, {}, owner);
    storeA = await createStore(t, "Xinyi counter");
    storeB = await createStore(t, "Banqiao counter");
    agent = await createUser(t, { role: "agent", storeIds: [storeA] });
    otherAgent = await createUser(t, { role: "agent", storeIds: [storeA] });
    manager = await createUser(t, { role: "store_manager", storeIds: [storeA] });
    const open = async (waId: string, change: Record<string, unknown>) => {
      await t.customerSends(waId, { type: "text", text: `hello from ${waId}` });
      const id = await eventually(() => conversationOf(t, waId), `conversation of ${waId}`);
      const patched = await t.api("PATCH", `/api/v1/conversations/${id}`, change);
      expect(patched.status).toBe(200);
      return id;
    };
    ids.queueA = await open("886900000101", { storeId: storeA });
    ids.queueB = await open("886900000102", { storeId: storeB });
    ids.otherAgentsA = await open("886900000103", { storeId: storeA, assignedUserId: otherAgent.id });
    ids.noStore = await open("886900000104", { status: "pending" });
  });
  afterAll(async () => t.close());

  it("signs in with a session cookie that is httpOnly, and refuses a wrong password the same way as an unknown e-mail", async () => {
    const session = await signIn(t, agent);
    expect(session.setCookie).toMatch(/HttpOnly/);
    expect(session.setCookie).toMatch(/SameSite=Lax/);
    const me = await session.call("GET", "/api/v1/session");
    expect(me.json).toMatchObject({
      actor: { kind: "session", role: "agent", userId: agent.id },
      csrfToken: session.csrfToken,
    });

    const wrong = await t.api("POST", "/api/v1/session", {
      email: agent.email,
      password: "not-the-password",
    });
    const unknown = await t.api("POST", "/api/v1/session", {
      email: "nobody@example.com",
      password: "whatever-it-is",
    });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.json).toEqual(unknown.json);
  });

  it("refuses a change made with the session cookie but without its CSRF token, and ends the session on sign-out", async () => {
    const session = await signIn(t, agent);
    const noCsrf = await session.call(
      "PATCH",
      `/api/v1/conversations/${ids.queueA}`,
      { status: "pending" },
      {
        "x-csrf-token": "",
      },
    );
    expect(noCsrf.status).toBe(403);
    expect(errorCode(noCsrf)).toBe("csrf_failed");
    const otherCsrf = await session.call(
      "PATCH",
      `/api/v1/conversations/${ids.queueA}`,
      { status: "pending" },
      {
        "x-csrf-token": "a-token-from-another-session",
      },
    );
    expect(otherCsrf.status).toBe(403);

    expect((await session.call("DELETE", "/api/v1/session")).status).toBe(200);
    expect((await session.call("GET", "/api/v1/conversations")).status).toBe(401);
  });

  it("limits refused sign-ins per e-mail: after five, even the right password waits (429 with Retry-After)", async () => {
    const victim = await createUser(t, { role: "agent", storeIds: [storeB] });
    for (let i = 0; i < 5; i += 1) {
      expect(
        (await t.api("POST", "/api/v1/session", { email: victim.email, password: `guess-${i}-guess` }))
          .status,
      ).toBe(401);
    }
    const blocked = await fetch(`${t.switchboard.url}/api/v1/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: victim.email, password: victim.password }),
    });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0);
    const log = await t.api("GET", "/api/v1/audit-log?action=sign_in_refused");
    const refusals = (log.json as { items: { actorLabel: string }[] }).items.filter(
      (e) => e.actorLabel === victim.email,
    );
    expect(refusals).toHaveLength(5);
  });

  it("shows an agent only their own conversations and their stores' unassigned queue", async () => {
    const session = await signIn(t, agent);
    const seen = itemsOf(await session.call("GET", "/api/v1/conversations")).map((c) => c.id);
    expect(seen).toEqual([ids.queueA]);
    const counts = await session.call("GET", "/api/v1/conversations/counts");
    expect(counts.json).toMatchObject({ pending: 1, in_progress: 0 });
    expect(Object.values(counts.json as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("answers 404 for every read and write of a conversation outside the agent's scope, telling nothing", async () => {
    const session = await signIn(t, agent);
    const token = (await session.call("POST", "/api/v1/api-tokens", { name: "agent's integration" }))
      .json as { token: string };
    const viaToken = bearerCaller(t, token.token);
    for (const caller of [session, viaToken]) {
      for (const id of [ids.queueB, ids.otherAgentsA, ids.noStore]) {
        const answers = [
          await caller.call("GET", `/api/v1/conversations/${id}`),
          await caller.call("GET", `/api/v1/conversations/${id}/messages`),
          await caller.call("POST", `/api/v1/conversations/${id}/messages`, {
            message: { kind: "text", text: "hi" },
          }),
          await caller.call("PATCH", `/api/v1/conversations/${id}`, { status: "in_progress" }),
        ];
        for (const answer of answers) {
          expect(answer.status).toBe(404);
          expect(JSON.stringify(answer.json)).not.toMatch(/8869000001/);
        }
      }
    }
    // Nothing was changed or sent by those attempts.
    const untouched = (await t.api("GET", `/api/v1/conversations/${ids.queueB}`)).json as {
      conversation: ConversationJson;
    };
    expect(untouched.conversation).toMatchObject({ status: "pending", assignedUserId: null });
    const sent = (await t.api("GET", `/api/v1/conversations/${ids.queueB}/messages`)).json as {
      items: { direction: string }[];
    };
    expect(sent.items.filter((m) => m.direction === "outbound")).toHaveLength(0);
  });

  it("refuses an agent the admin routes with 403", async () => {
    const session = await signIn(t, agent);
    const attempts = [
      await session.call("GET", "/api/v1/bots"),
      await session.call("POST", "/api/v1/stores", { name: "Mine now", timeZone: "Asia/Taipei" }),
      await session.call("GET", "/api/v1/audit-log"),
      await session.call("GET", "/api/v1/users"),
      await session.call("POST", "/api/v1/users", {
        email: "x@example.com",
        name: "X",
        role: "admin",
        password: "long-enough-password",
      }),
      await session.call("PATCH", `/api/v1/users/${agent.id}`, { role: "admin" }),
    ];
    for (const answer of attempts) expect(answer.status).toBe(403);
    const me = (await t.api("GET", `/api/v1/users/${agent.id}`)).json as { user: { role: string } };
    expect(me.user.role).toBe("agent");
  });

  it("lets an agent take a queued conversation (assigned to them), but not give it to someone else", async () => {
    const session = await signIn(t, agent);
    const taken = await session.call("PATCH", `/api/v1/conversations/${ids.queueA}`, {
      status: "in_progress",
    });
    expect(taken.status).toBe(200);
    expect((taken.json as { conversation: ConversationJson }).conversation).toMatchObject({
      status: "in_progress",
      assignedUserId: agent.id,
    });
    const mine = itemsOf(await session.call("GET", "/api/v1/conversations?assigned=me")).map((c) => c.id);
    expect(mine).toEqual([ids.queueA]);
    const handOff = await session.call("PATCH", `/api/v1/conversations/${ids.queueA}`, {
      assignedUserId: otherAgent.id,
    });
    expect(handOff.status).toBe(403);
    // The other agent no longer sees it in their queue.
    const other = await signIn(t, otherAgent);
    const theirs = itemsOf(await other.call("GET", "/api/v1/conversations")).map((c) => c.id);
    expect(theirs).toEqual([ids.otherAgentsA]);
  });

  it("shows a store manager all of their store's conversations, and lets them assign within it", async () => {
    const session = await signIn(t, manager);
    const seen = itemsOf(await session.call("GET", "/api/v1/conversations"))
      .map((c) => c.id)
      .sort();
    expect(seen).toEqual([ids.queueA, ids.otherAgentsA].sort());
    expect((await session.call("GET", `/api/v1/conversations/${ids.queueB}`)).status).toBe(404);
    const moved = await session.call("PATCH", `/api/v1/conversations/${ids.otherAgentsA}`, {
      assignedUserId: agent.id,
    });
    expect((moved.json as { conversation: ConversationJson }).conversation.assignedUserId).toBe(agent.id);
    const toOtherStore = await session.call("PATCH", `/api/v1/conversations/${ids.otherAgentsA}`, {
      storeId: storeB,
    });
    expect(toOtherStore.status).toBe(403);
  });

  it("lets a store manager create agents of their own stores only", async () => {
    const session = await signIn(t, manager);
    const base = { name: "New agent", password: "a-long-password-1" };
    const ok = await session.call("POST", "/api/v1/users", {
      ...base,
      email: "new-agent@example.com",
      role: "agent",
      storeIds: [storeA],
    });
    expect(ok.status).toBe(201);
    const foreign = await session.call("POST", "/api/v1/users", {
      ...base,
      email: "b@example.com",
      role: "agent",
      storeIds: [storeB],
    });
    expect(foreign.status).toBe(403);
    expect((foreign.json as { error: { path: string } }).error.path).toBe("storeIds[0]");
    const admin = await session.call("POST", "/api/v1/users", {
      ...base,
      email: "c@example.com",
      role: "admin",
      storeIds: [storeA],
    });
    expect(admin.status).toBe(403);
    const again = await session.call("POST", "/api/v1/users", {
      ...base,
      email: "NEW-agent@example.com",
      role: "agent",
      storeIds: [storeA],
    });
    expect(again.status).toBe(409);
    expect(errorCode(again)).toBe("email_taken");
  });

  it("signs a deactivated user out everywhere and keeps them out; revoked API tokens stop working", async () => {
    const leaving = await createUser(t, { role: "agent", storeIds: [storeA] });
    const session = await signIn(t, leaving);
    const token = (await session.call("POST", "/api/v1/api-tokens", { name: "script" })).json as {
      token: string;
      apiToken: { id: string };
    };
    const viaToken = bearerCaller(t, token.token);
    expect((await viaToken.call("GET", "/api/v1/conversations")).status).toBe(200);
    expect((await session.call("DELETE", `/api/v1/api-tokens/${token.apiToken.id}`)).status).toBe(200);
    expect((await viaToken.call("GET", "/api/v1/conversations")).status).toBe(401);

    expect((await t.api("PATCH", `/api/v1/users/${leaving.id}`, { active: false })).status).toBe(200);
    expect((await session.call("GET", "/api/v1/conversations")).status).toBe(401);
    const again = await t.api("POST", "/api/v1/session", {
      email: leaving.email,
      password: leaving.password,
    });
    expect(again.status).toBe(401);
  });

  it("creates the first admin from the environment, and keeps the last active admin (409 last_admin)", async () => {
    const session = await signIn(t, { email: "owner@example.com", password: owner.ADMIN_PASSWORD });
    const me = (await session.call("GET", "/api/v1/session")).json as { user: { id: string; role: string } };
    expect(me.user.role).toBe("admin");
    const second = await createUser(t, { role: "admin" });
    expect((await session.call("PATCH", `/api/v1/users/${second.id}`, { role: "agent" })).status).toBe(200);
    const self = await session.call("PATCH", `/api/v1/users/${me.user.id}`, { active: false });
    expect(self.status).toBe(409);
    expect(errorCode(self)).toBe("last_admin");
  });

  it("writes who changed what to the audit log", async () => {
    const session = await signIn(t, manager);
    const changed = await session.call("PATCH", `/api/v1/stores/${storeA}`, { offlineReply: "Closed now." });
    expect(changed.status).toBe(200);
    const log = (await t.api("GET", "/api/v1/audit-log?limit=50")).json as {
      items: { action: string; actorLabel: string; target: string | null; actorKind: string }[];
    };
    expect(log.items).toContainEqual(
      expect.objectContaining({
        action: "PATCH /api/v1/stores/:id",
        actorLabel: manager.email,
        target: storeA,
      }),
    );
    expect(log.items).toContainEqual(
      expect.objectContaining({ action: "sign_in", actorLabel: manager.email }),
    );
    // A store manager sees only their own stores, and may not touch another.
    const listed = (await session.call("GET", "/api/v1/stores")).json as { items: { id: string }[] };
    expect(listed.items.map((s) => s.id)).toEqual([storeA]);
    expect((await session.call("GET", `/api/v1/stores/${storeB}`)).status).toBe(404);
    expect((await session.call("PATCH", `/api/v1/stores/${storeB}`, { offlineReply: "x" })).status).toBe(404);
    // The console sends every field: the served accounts as they are pass, changed ones are refused.
    const stored = (await session.call("GET", `/api/v1/stores/${storeA}`)).json as {
      store: { channelAccounts: { channelAccountId: string; isDefault: boolean }[] };
    };
    const same = await session.call("PATCH", `/api/v1/stores/${storeA}`, {
      channelAccounts: stored.store.channelAccounts,
      instantReply: "Hello!",
    });
    expect(same.status).toBe(200);
    const moved = await session.call("PATCH", `/api/v1/stores/${storeA}`, {
      channelAccounts: [{ channelAccountId: t.channelAccountId, isDefault: false }],
    });
    expect(moved.status).toBe(403);
    expect((moved.json as { error: { path: string } }).error.path).toBe("channelAccounts");
  });

  it("streams an agent only the change events of conversations in their scope", async () => {
    const session = await signIn(t, otherAgent);
    const stream = await openEventStream(`${t.switchboard.url}/api/v1/events`, {
      headers: { cookie: session.cookie },
    });
    try {
      expect(stream.status).toBe(200);
      await t.api("PATCH", `/api/v1/conversations/${ids.queueB}`, { status: "bot" });
      await t.api("PATCH", `/api/v1/conversations/${ids.otherAgentsA}`, { assignedUserId: otherAgent.id });
      await stream.waitForEvent((e) => e.conversationId === ids.otherAgentsA, "the agent's own conversation");
      expect(stream.events.filter((e) => e.conversationId === ids.queueB)).toEqual([]);
    } finally {
      stream.close();
    }
  });
});
