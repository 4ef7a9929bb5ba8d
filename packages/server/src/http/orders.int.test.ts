// Orders credited to the agent and store that handled the customer, and the agent and store reports,
// through the real API on both databases: attribution window, idempotent re-posts, input errors, scope.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversationOf } from "../testing/conversation-probes.js";
import { testDialects } from "../testing/test-databases.js";
import { bearerCaller, createStore, createUser, signIn } from "../testing/test-people.js";
import type { Caller, TestUser } from "../testing/test-people.js";
import { eventually, startTestSwitchboard } from "../testing/test-switchboard.js";
import type { TestSwitchboard } from "../testing/test-switchboard.js";

interface OrderJson {
  orderId: string;
  contactId: string;
  amount: number;
  currency: string;
  credit: { userId: string | null; storeId: string | null; conversationId: string | null };
}
interface AgentRowJson {
  userId: string;
  conversationsHandled: number;
  medianFirstResponseMs: number | null;
  firstResponses: number;
  orders: number;
  revenue: { currency: string; amount: number }[];
}
const orderOf = (answer: { json: unknown }) => (answer.json as { order: OrderJson }).order;
const rowsOf = <T>(answer: { json: unknown }) => (answer.json as { items: T[] }).items;
const DAY = 24 * 60 * 60 * 1000;

describe.each(testDialects)("orders and reports on %s", (dialect) => {
  let t: TestSwitchboard;
  let storeA: string;
  let agent: TestUser;
  let otherAgent: TestUser;
  let manager: TestUser;
  let agentSession: Caller;
  const started = Date.now();
  let period = "";
  const ids = { handled: "", stale: "" };

  /** A customer writes, the conversation is put in store A's queue, and the agent answers it. */
  async function handledBy(session: Caller, waId: string): Promise<string> {
    await t.customerSends(waId, { type: "text", text: "Is the serum in stock?" });
    const id = await eventually(() => conversationOf(t, waId), `conversation of ${waId}`);
    expect((await t.api("PATCH", `/api/v1/conversations/${id}`, { storeId: storeA })).status).toBe(200);
    const sent = await session.call("POST", `/api/v1/conversations/${id}/messages`, {
      message: { kind: "text", text: "Yes, 3 left at Xinyi." },
    });
    expect(sent.status).toBe(201);
    return id;
  }

  beforeAll(async () => {
    t = await startTestSwitchboard(dialect);
    storeA = await createStore(t, "Xinyi counter");
    agent = await createUser(t, { role: "agent", name: "Ann", storeIds: [storeA] });
    otherAgent = await createUser(t, { role: "agent", name: "Bob", storeIds: [storeA] });
    manager = await createUser(t, { role: "store_manager", name: "Mia", storeIds: [storeA] });
    agentSession = await signIn(t, agent);
    ids.handled = await handledBy(agentSession, "886900000201");
    ids.stale = await handledBy(agentSession, "886900000202");
    // The second customer was last handled ten days ago: outside the default 7-day window.
    const { db } = t.database;
    const shift = sql<number>`${10 * DAY}`;
    await db
      .updateTable("messages")
      .set({ created_at: sql`created_at - ${shift}` })
      .where("conversation_id", "=", ids.stale)
      .execute();
    await db
      .updateTable("conversations")
      .set({
        created_at: sql`created_at - ${shift}`,
        last_message_at: sql`last_message_at - ${shift}`,
        assigned_at: sql`assigned_at - ${shift}`,
        first_queued_at: sql`first_queued_at - ${shift}`,
      })
      .where("id", "=", ids.stale)
      .execute();
    period = `from=${started - 60_000}&to=${Date.now() + 60 * 60_000}`;
  });
  afterAll(async () => t.close());

  const order = {
    orderId: "XY-1001",
    source: "shop",
    externalCustomerId: "886900000201",
    amount: 129_900,
    currency: "twd",
    items: [{ sku: "SER-30", name: "Serum 30 ml", quantity: 1, unitPrice: 129_900 }],
  };

  it("credits an order to the agent and store that handled the customer, and shows it in the agent's report", async () => {
    const posted = await t.api("POST", "/api/v1/orders", order);
    expect(posted.status).toBe(201);
    expect(orderOf(posted)).toMatchObject({
      orderId: "XY-1001",
      amount: 129_900,
      currency: "TWD",
      credit: { userId: agent.id, storeId: storeA, conversationId: ids.handled },
    });

    const report = await agentSession.call("GET", `/api/v1/reports/agents?${period}`);
    expect(report.status).toBe(200);
    const rows = rowsOf<AgentRowJson>(report);
    expect(rows.map((row) => row.userId)).toEqual([agent.id]);
    expect(rows[0]).toMatchObject({
      conversationsHandled: 1,
      firstResponses: 1,
      orders: 1,
      revenue: [{ currency: "TWD", amount: 129_900 }],
    });
    expect(rows[0]?.medianFirstResponseMs).toBeGreaterThanOrEqual(0);
    expect(rows[0]?.medianFirstResponseMs).toBeLessThan(60_000);

    const stores = await t.api("GET", `/api/v1/reports/stores?${period}`);
    expect(rowsOf<{ storeId: string; orders: number; conversationsHandled: number }>(stores)).toEqual([
      expect.objectContaining({ storeId: storeA, orders: 1, conversationsHandled: 1 }),
    ]);
  });

  it("answers a re-post with the stored order without counting it twice, and a changed re-post with 409", async () => {
    const again = await fetch(`${t.switchboard.url}/api/v1/orders`, {
      method: "POST",
      headers: { authorization: `Bearer ${t.switchboard.adminToken}`, "content-type": "application/json" },
      body: JSON.stringify({ ...order, currency: "TWD" }),
    });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replay")).toBe("true");
    expect(((await again.json()) as { order: OrderJson }).order.credit.userId).toBe(agent.id);

    const changed = await t.api("POST", "/api/v1/orders", { ...order, amount: 99_900 });
    expect(changed.status).toBe(409);
    expect(changed.json).toMatchObject({ error: { code: "order_conflict", path: "orderId" } });

    const listed = await t.api("GET", "/api/v1/orders");
    expect(rowsOf<OrderJson>(listed).filter((o) => o.orderId === "XY-1001")).toHaveLength(1);
    const report = rowsOf<AgentRowJson>(await agentSession.call("GET", `/api/v1/reports/agents?${period}`));
    expect(report[0]?.orders).toBe(1);
  });

  it("credits nobody when the customer was last handled outside the window, until the window is widened", async () => {
    const outside = await t.api("POST", "/api/v1/orders", {
      ...order,
      orderId: "XY-1002",
      externalCustomerId: "+886 900 000 202",
    });
    expect(outside.status).toBe(201);
    expect((outside.json as { order: OrderJson }).order.credit).toEqual({
      userId: null,
      storeId: null,
      conversationId: null,
    });

    expect((await t.api("PATCH", "/api/v1/settings/attribution", { windowMs: 30 * DAY })).status).toBe(200);
    expect((await t.api("GET", "/api/v1/settings/attribution")).json).toEqual({ windowMs: 30 * DAY });
    const inside = await t.api("POST", "/api/v1/orders", {
      ...order,
      orderId: "XY-1003",
      externalCustomerId: "886900000202",
    });
    expect((inside.json as { order: OrderJson }).order.credit).toEqual({
      userId: agent.id,
      storeId: storeA,
      conversationId: ids.stale,
    });
    expect((await t.api("PATCH", "/api/v1/settings/attribution", { windowMs: 7 * DAY })).status).toBe(200);
  });

  it("credits the conversation of another channel identity of the same person", async () => {
    await t.customerSends("886900000203", { type: "text", text: "Same person, other number" });
    await eventually(() => conversationOf(t, "886900000203"), "conversation of 886900000203");
    const { db } = t.database;
    const contactOf = async (externalId: string) =>
      (
        await db
          .selectFrom("contacts")
          .select("id")
          .where("external_id", "=", externalId)
          .executeTakeFirstOrThrow()
      ).id;
    const person = await contactOf("886900000201");
    await db
      .updateTable("contacts")
      .set({ merged_into_id: person })
      .where("external_id", "=", "886900000203")
      .execute();

    const posted = await t.api("POST", "/api/v1/orders", {
      ...order,
      orderId: "XY-2001",
      externalCustomerId: "886900000203",
    });
    expect(posted.status).toBe(201);
    expect((posted.json as { order: OrderJson }).order).toMatchObject({
      contactId: person,
      credit: { userId: agent.id, storeId: storeA, conversationId: ids.handled },
    });
  });

  it("refuses bad orders naming the field", async () => {
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...order, orderId: "bad-1", currency: "usd1" }, 400, "body.currency"],
      [{ ...order, orderId: "bad-2", amount: -1 }, 400, "body.amount"],
      [{ ...order, orderId: "bad-3", amount: 10.5 }, 400, "body.amount"],
      [{ ...order, orderId: "bad-4", externalCustomerId: undefined }, 400, "body.contactId"],
      [
        { ...order, orderId: "bad-5", items: [{ name: "Serum", quantity: 0, unitPrice: 1 }] },
        400,
        "body.items.0.quantity",
      ],
    ];
    for (const [body, status, path] of cases) {
      const answer = await t.api("POST", "/api/v1/orders", body);
      expect(answer.status, path).toBe(status);
      expect(
        (answer.json as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path),
      ).toContain(path);
    }
    const unknown = await t.api("POST", "/api/v1/orders", {
      ...order,
      orderId: "bad-6",
      externalCustomerId: undefined,
      contactId: "nobody",
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json).toMatchObject({ error: { code: "contact_not_found", path: "contactId" } });
    const noMatch = await t.api("POST", "/api/v1/orders", {
      ...order,
      orderId: "bad-7",
      externalCustomerId: "cust-404",
    });
    expect(noMatch.json).toMatchObject({ error: { code: "contact_not_found", path: "externalCustomerId" } });
    const listed = rowsOf<OrderJson>(await t.api("GET", "/api/v1/orders"));
    expect(listed.filter((o) => o.orderId.startsWith("bad-"))).toEqual([]);
  });

  it("shows an agent only their own report row and orders; store managers their store's; only admins post orders", async () => {
    const other = await signIn(t, otherAgent);
    const rows = rowsOf<AgentRowJson>(await other.call("GET", `/api/v1/reports/agents?${period}`));
    expect(rows.map((row) => row.userId)).toEqual([otherAgent.id]);
    expect(rows[0]).toMatchObject({ orders: 0, conversationsHandled: 0, revenue: [] });
    expect(rowsOf<OrderJson>(await other.call("GET", "/api/v1/orders"))).toEqual([]);
    expect(rowsOf<OrderJson>(await other.call("GET", `/api/v1/orders?userId=${agent.id}`))).toEqual([]);
    expect((await other.call("GET", `/api/v1/reports/stores?${period}`)).status).toBe(403);
    expect((await other.call("POST", "/api/v1/orders", { ...order, orderId: "XY-9" })).status).toBe(403);
    expect(
      rowsOf<OrderJson>(await agentSession.call("GET", "/api/v1/orders"))
        .map((o) => o.orderId)
        .sort(),
    ).toEqual(["XY-1001", "XY-1003", "XY-2001"]);

    const mia = await signIn(t, manager);
    const staff = rowsOf<AgentRowJson>(await mia.call("GET", `/api/v1/reports/agents?${period}`));
    expect(staff.map((row) => row.userId).sort()).toEqual([agent.id, otherAgent.id, manager.id].sort());
    expect(rowsOf<OrderJson>(await mia.call("GET", `/api/v1/orders?storeId=${storeA}`))).toHaveLength(3);

    const owner = await createUser(t, { role: "admin" });
    const token = (await (await signIn(t, owner)).call("POST", "/api/v1/api-tokens", { name: "shop" }))
      .json as { token: string };
    const viaToken = await bearerCaller(t, token.token).call("POST", "/api/v1/orders", {
      ...order,
      orderId: "XY-1004",
    });
    expect(viaToken.status).toBe(201);
    expect(orderOf(viaToken).credit.userId).toBe(agent.id);
  });

  it("documents the order and report routes in the OpenAPI document", async () => {
    const answer = await t.api("GET", "/api/v1/openapi.json");
    expect(answer.status).toBe(200);
    const paths = Object.keys((answer.json as { paths: Record<string, unknown> }).paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        "/api/v1/orders",
        "/api/v1/reports/agents",
        "/api/v1/reports/stores",
        "/api/v1/settings/attribution",
      ]),
    );
  });

  it("refuses a report period that ends before it starts, naming the field", async () => {
    const answer = await t.api("GET", `/api/v1/reports/agents?from=${started}&to=${started - 1}`);
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.json)).toContain("query.to");
  });
});
