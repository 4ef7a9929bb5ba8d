import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enqueueJobs } from "../bots/bot-jobs.js";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";
import { sendJobsOf } from "./queue-replies.service.js";
import type { QueueReplyOutcome } from "./queue-replies.service.js";

interface ApiMessage {
  direction: string;
  author: string;
  status: string;
  content: { kind: string; text?: string };
}
interface ApiConversation {
  id: string;
  status: string;
  contact: { id: string; externalId: string };
  lastMessagePreview: string;
}

const OFFLINE = "We are closed right now. We will answer when the counter opens.";
const INSTANT = "A colleague will be with you shortly.";
const allDay = [{ start: "00:00", end: "24:00" }];
const alwaysOpen = {
  monday: allDay,
  tuesday: allDay,
  wednesday: allDay,
  thursday: allDay,
  friday: allDay,
  saturday: allDay,
  sunday: allDay,
};

describe.each(testDialects)("queue replies on %s", (dialect) => {
  let t: TestSwitchboard;
  beforeAll(async () => {
    t = await startTestSwitchboard(dialect);
  });
  afterAll(async () => t.close());

  /**
   * The customer writes; with no bot published the new conversation waits for a person (and gets the queue
   * reply that applies, if any).
   */
  const conversationOf = async (waId: string): Promise<ApiConversation> => {
    await t.customerSends(waId, { type: "text", text: "Is anyone there?" });
    return eventually(async () => {
      const list = (await t.api("GET", "/api/v1/conversations")).json as { items: ApiConversation[] };
      return list.items.find((c) => c.contact.externalId === waId);
    }, `the conversation of ${waId}`);
  };

  /** What the service does where a conversation becomes pending: the reply, and its send jobs after commit. */
  const enterQueue = async (conversation: ApiConversation): Promise<QueueReplyOutcome> => {
    const { switchboard } = t;
    const outcome = await switchboard.database.db.transaction().execute((trx) =>
      switchboard.queueReplies.whenQueued(trx, {
        conversationId: conversation.id,
        channelAccountId: t.channelAccountId,
        contactId: conversation.contact.id,
        now: Date.now(),
      }),
    );
    await enqueueJobs(switchboard.queue, sendJobsOf(outcome), undefined);
    return outcome;
  };

  const outboundOf = async (conversationId: string): Promise<ApiMessage[]> => {
    const list = await t.api("GET", `/api/v1/conversations/${conversationId}/messages`);
    return (list.json as { items: ApiMessage[] }).items.filter((m) => m.direction === "outbound");
  };

  const setStatus = async (conversationId: string, status: string) => {
    const changed = await t.api("PATCH", `/api/v1/conversations/${conversationId}`, { status });
    expect(changed.status).toBe(200);
  };

  it("sends the offline message once outside business hours, and nothing again in the same stay", async () => {
    const created = await t.api("POST", "/api/v1/stores", {
      name: "Closed counter",
      timeZone: "Asia/Taipei",
      hours: {},
      offlineReply: OFFLINE,
      instantReply: INSTANT,
      channelAccounts: [{ channelAccountId: t.channelAccountId, isDefault: true }],
    });
    expect(created.status).toBe(201);
    const storeId = (created.json as { store: { id: string } }).store.id;
    const conversation = await conversationOf("886900000001");
    expect(conversation.status).toBe("pending");

    // The new conversation entered the queue (no bot runs here): the inbound turn sent the offline message.
    const sent = await eventually(async () => {
      const messages = await outboundOf(conversation.id);
      return messages.length === 1 && ["sent", "delivered", "read"].includes(messages[0]?.status ?? "")
        ? messages
        : undefined;
    }, "the offline message to reach the platform");
    expect(sent[0]).toMatchObject({ author: "bot", content: { kind: "text", text: OFFLINE } });

    // A repeated hand-over, a redelivered webhook: the same stay gets nothing more.
    const again = await enterQueue(conversation);
    expect(again).toEqual({ reply: null, sendIds: [], refusedIds: [] });
    expect(await outboundOf(conversation.id)).toHaveLength(1);
    const listed = (await t.api("GET", `/api/v1/conversations/${conversation.id}`)).json as {
      conversation: ApiConversation;
    };
    expect(listed.conversation.lastMessagePreview).toBe(OFFLINE);

    // Taken by a person and given back: a new stay, now inside business hours, gets the instant reply once.
    await setStatus(conversation.id, "in_progress");
    expect((await enterQueue(conversation)).reply).toBeNull();
    expect((await t.api("PATCH", `/api/v1/stores/${storeId}`, { hours: alwaysOpen })).status).toBe(200);
    await setStatus(conversation.id, "pending");
    const back = await enterQueue(conversation);
    expect(back.reply).toBe("instant");
    expect((await enterQueue(conversation)).reply).toBeNull();
    const texts = (await outboundOf(conversation.id)).map((m) => m.content.text);
    expect(texts).toEqual([OFFLINE, INSTANT]);

    expect((await t.api("DELETE", `/api/v1/stores/${storeId}`)).status).toBe(200);
  });

  it("uses the channel account's own replies when no store answers for it, and none when nothing is set", async () => {
    const quiet = await conversationOf("886900000002");
    expect(await enterQueue(quiet)).toEqual({ reply: null, sendIds: [], refusedIds: [] });

    const saved = await t.api("PATCH", `/api/v1/channel-accounts/${t.channelAccountId}/queue-replies`, {
      timeZone: "America/New_York",
      offlineReply: OFFLINE,
    });
    expect(saved.status).toBe(200);
    expect(saved.json).toMatchObject({
      queueReplies: { offlineReply: OFFLINE, instantReply: null },
      store: null,
    });

    // No reply applied before, so the stay is still open for one: the account's offline message.
    const later = await enterQueue(quiet);
    expect(later.reply).toBe("offline");
    expect((await enterQueue(quiet)).reply).toBeNull();
    const messages = await outboundOf(quiet.id);
    expect(messages.map((m) => m.content.text)).toEqual([OFFLINE]);
  });

  it("stores nothing for a conversation that is not waiting for a person", async () => {
    const cleared = await t.api("DELETE", `/api/v1/channel-accounts/${t.channelAccountId}/queue-replies`);
    expect(cleared.status).toBe(200);
    const handled = await conversationOf("886900000003");
    await setStatus(handled.id, "in_progress");
    expect(await enterQueue(handled)).toEqual({ reply: null, sendIds: [], refusedIds: [] });
    await setStatus(handled.id, "closed");
    expect(await enterQueue(handled)).toEqual({ reply: null, sendIds: [], refusedIds: [] });
    expect(await outboundOf(handled.id)).toEqual([]);
  });
});
