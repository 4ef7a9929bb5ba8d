// The inbox's own routes through the real API on both databases: unread state per user, internal notes
// (staff only, never sent, announced live) and the contact panel's reads, each within the caller's scope.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { conversationOf } from "../testing/conversation-probes.js";
import { openEventStream } from "../testing/event-stream-client.js";
import { testDialects } from "../testing/test-databases.js";
import { createStore, createUser, signIn } from "../testing/test-people.js";
import type { ApiAnswer, TestUser } from "../testing/test-people.js";
import { eventually, startTestSwitchboard } from "../testing/test-switchboard.js";
import type { TestSwitchboard } from "../testing/test-switchboard.js";

interface ListedConversation {
  id: string;
  unread?: boolean;
}
const itemsOf = <T>(answer: { json: unknown }) => (answer.json as { items: T[] }).items;
const unreadOf = (answer: ApiAnswer, id: string) =>
  itemsOf<ListedConversation>(answer).find((c) => c.id === id)?.unread;

describe.each(testDialects)("inbox routes on %s", (dialect) => {
  let t: TestSwitchboard;
  let storeA: string;
  let agent: TestUser;
  let otherAgent: TestUser;
  /** In store A's queue (the agent's scope), and assigned to the other agent (outside it). */
  const ids = { queueA: "", othersA: "" };
  const waIds = { queueA: "886900000201", othersA: "886900000202" };

  beforeAll(async () => {
    t = await startTestSwitchboard(dialect);
    storeA = await createStore(t, "Xinyi counter");
    agent = await createUser(t, { role: "agent", name: "Mei", storeIds: [storeA] });
    otherAgent = await createUser(t, { role: "agent", storeIds: [storeA] });
    const open = async (waId: string, change: Record<string, unknown>) => {
      await t.customerSends(waId, { type: "text", text: `hello from ${waId}` });
      const id = await eventually(() => conversationOf(t, waId), `conversation of ${waId}`);
      expect((await t.api("PATCH", `/api/v1/conversations/${id}`, change)).status).toBe(200);
      return id;
    };
    ids.queueA = await open(waIds.queueA, { storeId: storeA });
    ids.othersA = await open(waIds.othersA, { storeId: storeA, assignedUserId: otherAgent.id });
  });
  afterAll(async () => t.close());

  it("keeps unread state per user: read once opened, unread again when the customer writes", async () => {
    const session = await signIn(t, agent);
    expect(unreadOf(await session.call("GET", "/api/v1/conversations"), ids.queueA)).toBe(true);
    expect((await session.call("GET", "/api/v1/conversations/unread-counts")).json).toEqual({
      bot: 0,
      pending: 1,
      in_progress: 0,
      closed: 0,
    });

    const read = await session.call("POST", `/api/v1/conversations/${ids.queueA}/read`);
    expect(read.status).toBe(200);
    expect((read.json as { readAt: number }).readAt).toBeGreaterThan(0);
    expect(unreadOf(await session.call("GET", "/api/v1/conversations"), ids.queueA)).toBe(false);
    expect((await session.call("GET", "/api/v1/conversations/unread-counts")).json).toMatchObject({
      pending: 0,
    });
    // Another user's unread state is their own.
    const manager = await signIn(t, await createUser(t, { role: "store_manager", storeIds: [storeA] }));
    expect(unreadOf(await manager.call("GET", "/api/v1/conversations"), ids.queueA)).toBe(true);

    // WhatsApp times messages to the second: the next one must carry a later second.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await t.customerSends(waIds.queueA, { type: "text", text: "are you there?" });
    await eventually(
      async () =>
        unreadOf(await session.call("GET", "/api/v1/conversations"), ids.queueA) === true ? true : undefined,
      "the conversation to read as unread again",
    );
    const counts = await session.call("GET", "/api/v1/conversations/unread-counts?assigned=none");
    expect(counts.json).toMatchObject({ pending: 1 });
  });

  it("reads everything as read for the admin token, which belongs to nobody", async () => {
    const listed = await t.api("GET", "/api/v1/conversations");
    expect(itemsOf<ListedConversation>(listed).map((c) => c.unread)).toEqual([false, false]);
    const read = await t.api("POST", `/api/v1/conversations/${ids.queueA}/read`);
    expect(read).toMatchObject({ status: 200, json: { readAt: null } });
    expect((await t.api("GET", "/api/v1/conversations/unread-counts")).json).toEqual({
      bot: 0,
      pending: 0,
      in_progress: 0,
      closed: 0,
    });
  });

  it("adds internal notes that staff read in order and that are never sent, announced as note.changed", async () => {
    const session = await signIn(t, agent);
    const before = itemsOf<{ id: string }>(
      await t.api("GET", `/api/v1/conversations/${ids.queueA}/messages`),
    );
    const stream = await openEventStream(`${t.switchboard.url}/api/v1/events`, {
      headers: { authorization: `Bearer ${t.switchboard.adminToken}` },
    });
    try {
      const added = await session.call("POST", `/api/v1/conversations/${ids.queueA}/notes`, {
        text: "  Asked for a refund last week; be kind.  ",
      });
      expect(added.status).toBe(201);
      const note = (added.json as { note: { id: string; text: string; authorLabel: string } }).note;
      expect(note).toMatchObject({ text: "Asked for a refund last week; be kind.", authorLabel: "Mei" });
      await stream.waitForEvent(
        (e) => e.type === "note.changed" && e.noteId === note.id && e.conversationId === ids.queueA,
        "the note's change event",
      );
    } finally {
      stream.close();
    }
    expect(
      (await t.api("POST", `/api/v1/conversations/${ids.queueA}/notes`, { text: "Second, by the admin." }))
        .status,
    ).toBe(201);

    const notes = itemsOf<{ text: string; authorLabel: string; authorUserId: string | null }>(
      await session.call("GET", `/api/v1/conversations/${ids.queueA}/notes`),
    );
    expect(notes.map((n) => [n.text, n.authorLabel, n.authorUserId])).toEqual([
      ["Asked for a refund last week; be kind.", "Mei", agent.id],
      ["Second, by the admin.", "admin token", null],
    ]);
    const after = itemsOf<{ id: string }>(await t.api("GET", `/api/v1/conversations/${ids.queueA}/messages`));
    expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));

    const empty = await session.call("POST", `/api/v1/conversations/${ids.queueA}/notes`, { text: "   " });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.json)).toMatch(/text/);
  });

  it("answers 404 to an agent for notes, reads and the contact of a conversation outside their scope", async () => {
    const session = await signIn(t, agent);
    const contactId = (
      (await t.api("GET", `/api/v1/conversations/${ids.othersA}`)).json as {
        conversation: { contact: { id: string } };
      }
    ).conversation.contact.id;
    const answers = [
      await session.call("GET", `/api/v1/conversations/${ids.othersA}/notes`),
      await session.call("POST", `/api/v1/conversations/${ids.othersA}/notes`, { text: "peek" }),
      await session.call("POST", `/api/v1/conversations/${ids.othersA}/read`),
      await session.call("GET", `/api/v1/conversations/${ids.othersA}/contact`),
      await session.call("GET", `/api/v1/contacts/${contactId}/conversations`),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(JSON.stringify(answer.json)).not.toMatch(/8869000002/);
    }
    const notes = itemsOf<{ text: string }>(await t.api("GET", `/api/v1/conversations/${ids.othersA}/notes`));
    expect(notes).toEqual([]);
    // The other agent, whose conversation it is, may write there.
    const owner = await signIn(t, otherAgent);
    expect(
      (await owner.call("POST", `/api/v1/conversations/${ids.othersA}/notes`, { text: "mine" })).status,
    ).toBe(201);
  });

  it("shows the contact panel: the contact with tags and opt-outs, and its conversations in scope", async () => {
    const session = await signIn(t, agent);
    const panel = await session.call("GET", `/api/v1/conversations/${ids.queueA}/contact`);
    expect(panel.status).toBe(200);
    const contact = (
      panel.json as {
        contact: { id: string; externalId: string; tags: string[]; optOuts: unknown[]; attributes: object };
      }
    ).contact;
    expect(contact).toMatchObject({ externalId: waIds.queueA, tags: [], optOuts: [] });

    // The customer's conversation closes and a new one opens: both are listed, newest first.
    expect((await t.api("PATCH", `/api/v1/conversations/${ids.queueA}`, { status: "closed" })).status).toBe(
      200,
    );
    await t.customerSends(waIds.queueA, { type: "text", text: "back again" });
    const reopened = await eventually(async () => {
      const id = await conversationOf(t, waIds.queueA);
      return id !== undefined && id !== ids.queueA ? id : undefined;
    }, "a new conversation");
    expect((await t.api("PATCH", `/api/v1/conversations/${reopened}`, { storeId: storeA })).status).toBe(200);
    const history = await t.api("GET", `/api/v1/contacts/${contact.id}/conversations`);
    expect(itemsOf<{ id: string; status: string }>(history).map((c) => [c.id, c.status])).toEqual([
      [reopened, "pending"],
      [ids.queueA, "closed"],
    ]);
    // Both are unassigned in store A, so both are in the agent's scope (scope decides, not status).
    const theirs = itemsOf<{ id: string }>(
      await session.call("GET", `/api/v1/contacts/${contact.id}/conversations`),
    ).map((c) => c.id);
    expect(theirs).toEqual([reopened, ids.queueA]);
    expect((await t.api("GET", "/api/v1/contacts/no-such-contact/conversations")).status).toBe(404);
  });
});
