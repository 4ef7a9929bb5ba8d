import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bot } from "@switchboard/engine";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";
import { createUser, signIn } from "../../testing/test-people.js";
import type { TestUser } from "../../testing/test-people.js";
import { outbound, tapOption } from "../../testing/conversation-probes.js";

interface ApiConversation {
  id: string;
  status: string;
  assignedUserId: string | null;
  storeId: string | null;
  contact: { id: string; externalId: string };
}

const OFFLINE_NORTH = "The north counter is closed; we will answer when it opens.";
const OFFLINE_SOUTH = "The south counter is closed; a salesperson there will follow up.";

describe.each(testDialects)("automatic assignment on %s", (dialect) => {
  let t: TestSwitchboard;
  let phone = 0;
  beforeAll(async () => {
    t = await startTestSwitchboard(dialect);
  });
  afterAll(async () => t.close());

  const nextWaId = () => `88691234${String((phone += 1)).padStart(4, "0")}`;

  /** A store closed all week; the account's default when `isDefault`. */
  const createStore = async (name: string, isDefault: boolean, offlineReply: string | null = null) => {
    const created = await t.api("POST", "/api/v1/stores", {
      name,
      timeZone: "Asia/Taipei",
      offlineReply,
      channelAccounts: [{ channelAccountId: t.channelAccountId, isDefault }],
    });
    expect(created.status).toBe(201);
    return (created.json as { store: { id: string } }).store.id;
  };

  const setMode = async (storeId: string, mode: string) => {
    const changed = await t.api("PATCH", `/api/v1/stores/${storeId}/assignment`, { mode });
    expect(changed.status).toBe(200);
  };

  /** Agents of the store, sorted by id (the round robin's order). */
  const createAgents = async (storeId: string, count: number): Promise<TestUser[]> => {
    const agents: TestUser[] = [];
    for (let i = 0; i < count; i += 1)
      agents.push(await createUser(t, { role: "agent", storeIds: [storeId] }));
    return agents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  };

  /** Sets the user's capacity (their stores are sent along: a patch without them would change them). */
  const setCapacity = async (user: TestUser, storeId: string, capacity: number | null) => {
    const patch = { capacity, storeIds: [storeId] };
    expect((await t.api("PATCH", `/api/v1/users/${user.id}`, patch)).status).toBe(200);
  };

  const conversation = async (id: string): Promise<ApiConversation> =>
    ((await t.api("GET", `/api/v1/conversations/${id}`)).json as { conversation: ApiConversation })
      .conversation;

  /** A new customer writes; resolves once their conversation is stored (assignment happens in that commit). */
  const customerWrites = async (waId = nextWaId()): Promise<ApiConversation> => {
    await t.customerSends(waId, { type: "text", text: "Hello, anyone there?" });
    return eventually(async () => {
      const list = (await t.api("GET", "/api/v1/conversations?limit=100")).json as {
        items: ApiConversation[];
      };
      return list.items.find((c) => c.contact.externalId === waId);
    }, `the conversation of ${waId}`);
  };

  it("round robin takes turns among the store's agents, passing over one at capacity", async () => {
    const storeId = await createStore("Round robin counter", true);
    await setMode(storeId, "round_robin");
    const [x, y, z] = (await createAgents(storeId, 3)) as [TestUser, TestUser, TestUser];
    await setCapacity(y, storeId, 1);
    const owners: (string | null)[] = [];
    for (let i = 0; i < 5; i += 1) {
      const created = await customerWrites();
      expect(created.storeId).toBe(storeId);
      owners.push(created.assignedUserId);
      if (created.assignedUserId !== null) expect(created.status).toBe("in_progress");
    }
    expect(owners).toEqual([x.id, y.id, z.id, x.id, z.id]);

    const view = await t.api("GET", `/api/v1/stores/${storeId}/assignment`);
    const agents = (
      view.json as { assignment: { mode: string; agents: { userId: string; inProgress: number }[] } }
    ).assignment;
    expect(agents.mode).toBe("round_robin");
    expect(Object.fromEntries(agents.agents.map((a) => [a.userId, a.inProgress]))).toEqual({
      [x.id]: 2,
      [y.id]: 1,
      [z.id]: 2,
    });
    expect((await t.api("DELETE", `/api/v1/stores/${storeId}`)).status).toBe(200);
  });

  it("least busy gives the agent with the fewest open conversations, ties to the longest since an assignment", async () => {
    const storeId = await createStore("Least busy counter", true);
    const [p, q] = (await createAgents(storeId, 2)) as [TestUser, TestUser];
    // Manual: the first two wait, then p takes both.
    for (let i = 0; i < 2; i += 1) {
      const waiting = await customerWrites();
      expect(waiting).toMatchObject({ status: "pending", assignedUserId: null, storeId });
      const assigned = await t.api("PATCH", `/api/v1/conversations/${waiting.id}`, { assignedUserId: p.id });
      expect(assigned.status).toBe(200);
    }
    await setMode(storeId, "least_busy");
    const owners: (string | null)[] = [];
    for (let i = 0; i < 3; i += 1) owners.push((await customerWrites()).assignedUserId);
    // q (0, then 1) twice; then 2 each, and p waited longer since an assignment.
    expect(owners).toEqual([q.id, q.id, p.id]);
    expect((await t.api("DELETE", `/api/v1/stores/${storeId}`)).status).toBe(200);
  });

  it("closing frees capacity: the oldest waiting conversation goes to whoever has room", async () => {
    const storeId = await createStore("Busy counter", true);
    await setMode(storeId, "round_robin");
    const [solo] = (await createAgents(storeId, 1)) as [TestUser];
    await setCapacity(solo, storeId, 1);
    const first = await customerWrites();
    expect(first.assignedUserId).toBe(solo.id);
    const second = await customerWrites();
    const third = await customerWrites();
    expect(second).toMatchObject({ status: "pending", assignedUserId: null, storeId });
    expect(third).toMatchObject({ status: "pending", assignedUserId: null });

    const session = await signIn(t, solo);
    const closed = await session.call("PATCH", `/api/v1/conversations/${first.id}`, { status: "closed" });
    expect(closed.status).toBe(200);
    expect(await conversation(second.id)).toMatchObject({ status: "in_progress", assignedUserId: solo.id });
    expect(await conversation(third.id)).toMatchObject({ status: "pending", assignedUserId: null });

    // Given back: it waits again, and does not go straight back to the one who released it; the other waits longer.
    const released = await session.call("PATCH", `/api/v1/conversations/${second.id}`, { status: "pending" });
    expect(released.status).toBe(200);
    expect(await conversation(third.id)).toMatchObject({ status: "in_progress", assignedUserId: solo.id });
    expect(await conversation(second.id)).toMatchObject({ status: "pending", assignedUserId: null, storeId });
    expect((await t.api("DELETE", `/api/v1/stores/${storeId}`)).status).toBe(200);
  });

  it("a newcomer never jumps the queue, and an agent who gains room takes the waiting at once", async () => {
    const storeId = await createStore("Fair counter", true);
    await setMode(storeId, "round_robin");
    const [solo] = (await createAgents(storeId, 1)) as [TestUser];
    await setCapacity(solo, storeId, 1);
    const first = await customerWrites();
    const second = await customerWrites();
    expect(first.assignedUserId).toBe(solo.id);
    expect(second).toMatchObject({ status: "pending", assignedUserId: null, storeId });

    // Room appears without anything assigning it (the capacity changed underneath): the next newcomer
    // finds it, but the one waiting longer gets it.
    await t.database.db.updateTable("users").set({ capacity: 2 }).where("id", "=", solo.id).execute();
    const third = await customerWrites();
    expect(third).toMatchObject({ status: "pending", assignedUserId: null, storeId });
    expect(await conversation(second.id)).toMatchObject({ status: "in_progress", assignedUserId: solo.id });

    // Raising the capacity through the API assigns the waiting conversation there and then.
    await setCapacity(solo, storeId, 3);
    expect(await conversation(third.id)).toMatchObject({ status: "in_progress", assignedUserId: solo.id });
    expect((await t.api("DELETE", `/api/v1/stores/${storeId}`)).status).toBe(200);
  });

  it("the idle closer frees capacity too", async () => {
    const storeId = await createStore("Idle counter", true);
    await setMode(storeId, "least_busy");
    const [solo] = (await createAgents(storeId, 1)) as [TestUser];
    await setCapacity(solo, storeId, 1);
    const first = await customerWrites();
    const second = await customerWrites();
    expect([first.assignedUserId, second.assignedUserId]).toEqual([solo.id, null]);
    const settings = await t.api("PATCH", `/api/v1/channel-accounts/${t.channelAccountId}/inbox-settings`, {
      autoCloseAfterMinutes: 1,
    });
    expect(settings.status).toBe(200);
    const closed = await t.switchboard.idleCloser.closeIdle(Date.now() + 2 * 60_000);
    expect(closed).toContain(first.id);
    expect(await conversation(second.id)).toMatchObject({ status: "in_progress", assignedUserId: solo.id });
    const off = await t.api("PATCH", `/api/v1/channel-accounts/${t.channelAccountId}/inbox-settings`, {
      autoCloseAfterMinutes: null,
    });
    expect(off.status).toBe(200);
    expect((await t.api("DELETE", `/api/v1/stores/${storeId}`)).status).toBe(200);
  });

  it("manual mode leaves the conversation waiting in the store's queue; only its managers and admins set the mode", async () => {
    const storeId = await createStore("Manual counter", true);
    const otherStore = await createStore("Other counter", false);
    await createAgents(storeId, 2);
    const waiting = await customerWrites();
    expect(waiting).toMatchObject({ status: "pending", assignedUserId: null, storeId });

    const manager = await signIn(t, await createUser(t, { role: "store_manager", storeIds: [storeId] }));
    const own = await manager.call("GET", `/api/v1/stores/${storeId}/assignment`);
    expect(own.status).toBe(200);
    expect((own.json as { assignment: { mode: string; agents: unknown[] } }).assignment).toMatchObject({
      mode: "manual",
    });
    expect((await manager.call("GET", `/api/v1/stores/${otherStore}/assignment`)).status).toBe(404);
    const invalid = await manager.call("PATCH", `/api/v1/stores/${storeId}/assignment`, { mode: "random" });
    expect(invalid.status).toBe(400);
    const agent = await signIn(t, await createUser(t, { role: "agent", storeIds: [storeId] }));
    expect(
      (await agent.call("PATCH", `/api/v1/stores/${storeId}/assignment`, { mode: "least_busy" })).status,
    ).toBe(403);
    // Switching to an automatic mode assigns what waits.
    const switched = await manager.call("PATCH", `/api/v1/stores/${storeId}/assignment`, {
      mode: "least_busy",
    });
    expect(switched.status).toBe(200);
    expect(await conversation(waiting.id)).toMatchObject({ status: "in_progress", storeId });
    expect((await t.api("DELETE", `/api/v1/stores/${storeId}`)).status).toBe(200);
    expect((await t.api("DELETE", `/api/v1/stores/${otherStore}`)).status).toBe(200);
  });

  // PostgreSQL decides both at once under row locks; SQLite's one connection runs them one after the other.
  it("two conversations entering at the same time never take an agent over capacity", async () => {
    const storeId = await createStore("Rush counter", true);
    const [only] = (await createAgents(storeId, 1)) as [TestUser];
    await setCapacity(only, storeId, 1);
    const one = await customerWrites();
    const two = await customerWrites();
    expect([one.status, two.status]).toEqual(["pending", "pending"]);
    // Round robin without draining the two: they enter the queue below, at the same time.
    const { db } = t.switchboard.database;
    await db
      .insertInto("store_assignment")
      .values({ store_id: storeId, mode: "round_robin", last_user_id: null, updated_at: Date.now() })
      .execute();
    const enter = (c: ApiConversation, holdMs: number) =>
      db.transaction().execute(async (trx) => {
        await t.switchboard.queueAssignment.whenQueued(trx, {
          conversationId: c.id,
          channelAccountId: t.channelAccountId,
          contactId: c.contact.id,
          now: Date.now(),
        });
        // Keeps the first decision uncommitted while the second one is made.
        await new Promise((resolve) => setTimeout(resolve, holdMs));
      });
    const first = enter(one, 300);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all([first, enter(two, 0)]);
    const owners = [(await conversation(one.id)).assignedUserId, (await conversation(two.id)).assignedUserId];
    expect(owners).toEqual([only.id, null]);
    expect((await t.api("DELETE", `/api/v1/stores/${storeId}`)).status).toBe(200);
  });

  it("a bot node routes to the store the customer chose: its queue, its offline reply", async () => {
    const north = await createStore("North counter", true, OFFLINE_NORTH);
    const south = await createStore("South counter", false, OFFLINE_SOUTH);
    const definition = bot("Counters")
      .welcome((m) =>
        m
          .choice({
            body: "Choose your nearest counter",
            options: [
              { id: north, title: "North" },
              { id: south, title: "South" },
            ],
          })
          .routeToStore({ from: "choice" }),
      )
      .build();
    await t.publishBot(definition);
    const waId = nextWaId();
    const started = await customerWrites(waId);
    expect(started.status).toBe("bot");
    const [choice] = await outbound(t, waId, 1, "the counters to choose from");
    await tapOption(t, waId, choice, { id: south, title: "South" });
    const routed = await eventually(async () => {
      const c = await conversation(started.id);
      return c.status === "pending" ? c : undefined;
    }, "the hand-over to the south counter");
    expect(routed).toMatchObject({ storeId: south, assignedUserId: null });
    const messages = await outbound(t, waId, 2, "the south counter's offline reply");
    expect(messages.map((m) => m.content.text ?? m.content.body)).toEqual([
      "Choose your nearest counter",
      OFFLINE_SOUTH,
    ]);

    // Publishing refuses a fixed store that does not exist, naming the node's field.
    const imported = await t.api(
      "POST",
      "/api/v1/bots/import",
      bot("Gone")
        .welcome((m) => m.routeToStore({ from: "fixed", storeId: "no-such-store" }))
        .build(),
    );
    const botId = (imported.json as { bot: { id: string } }).bot.id;
    const refused = await t.api("POST", `/api/v1/bots/${botId}/publish`, {
      channelAccountIds: [t.channelAccountId],
    });
    expect(refused.status).toBe(422);
    const problems = (refused.json as { error: { problems: { path: string }[] } }).error.problems;
    expect(problems.map((p) => p.path)).toContain("modules[0].nodes[0].store.storeId");
  });
});
