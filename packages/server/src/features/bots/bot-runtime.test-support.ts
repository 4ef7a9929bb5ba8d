/** What the bot runtime's integration tests share: bots as data and ways to read a customer's thread. */
import { eventually } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";

export interface ApiMessage {
  direction: string;
  author: string;
  status: string;
  refusal: { code: string; reason: string } | null;
  content: {
    kind: string;
    style?: string;
    text?: string;
    body?: string;
    sections?: { options: { id: string; title: string }[] }[];
  };
  providerMessageId: string | null;
}

/** Says something, waits, then says more: the wait is a durable timer. */
export const waitBot = {
  name: "Patient",
  modules: [
    {
      id: "welcome",
      name: "Welcome",
      kind: "welcome",
      nodes: [
        { kind: "send", message: { kind: "text", text: "Let me check for you." } },
        { kind: "wait", durationMs: 1500 },
        { kind: "send", message: { kind: "text", text: "Still there? Here is our offer." } },
      ],
    },
    { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
  ],
};
/** The same with a module only a ref link opens. */
export const promoBot = {
  ...waitBot,
  modules: [
    ...waitBot.modules,
    {
      id: "promo",
      name: "Promo",
      nodes: [{ kind: "send", message: { kind: "text", text: "Autumn offer: 20% off." } }],
    },
  ],
};

/** A bot that asks a shop's stock service on this machine and answers with what it said. */
export function stockBot(port: number) {
  return {
    name: "Stock",
    modules: [
      {
        id: "welcome",
        name: "Welcome",
        kind: "welcome",
        nodes: [
          {
            kind: "http_request",
            method: "GET",
            url: `http://127.0.0.1:${port}/stock/lipstick-{{shade}}`,
            responseMap: { "stock.count": "stock" },
            onError: "sorry",
          },
          { kind: "send", message: { kind: "text", text: "We have {{stock}} left." } },
        ],
      },
      {
        id: "sorry",
        name: "Sorry",
        nodes: [{ kind: "send", message: { kind: "text", text: "Sorry, I cannot check the stock now." } }],
      },
      { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
    ],
  };
}

export async function conversationOf(h: TestSwitchboard, waId: string): Promise<string | undefined> {
  const list = await h.api("GET", "/api/v1/conversations");
  const items = (list.json as { items: { id: string; contact: { externalId: string } }[] }).items;
  return items.find((c) => c.contact.externalId === waId)?.id;
}
export async function messagesOf(h: TestSwitchboard, waId: string): Promise<ApiMessage[]> {
  const id = await conversationOf(h, waId);
  if (id === undefined) return [];
  const messages = await h.api("GET", `/api/v1/conversations/${id}/messages`);
  return (messages.json as { items: ApiMessage[] }).items;
}
/** The first `count` outbound messages, once each was sent (or refused). */
export const outbound = async (h: TestSwitchboard, waId: string, count: number, what: string) =>
  eventually(async () => {
    const found = (await messagesOf(h, waId)).filter((m) => m.direction === "outbound");
    return found.length >= count && found.every((m) => m.providerMessageId !== null || m.status === "refused")
      ? found
      : undefined;
  }, what);
/** Resolves once no stored webhook event waits to be processed. */
export const processedAll = async (h: TestSwitchboard) =>
  eventually(async () => {
    const left = await h.switchboard.database.db
      .selectFrom("webhook_events")
      .select("id")
      .where("processed_at", "is", null)
      .execute();
    return left.length === 0 ? true : undefined;
  }, "every webhook event processed");
