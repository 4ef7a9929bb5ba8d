import { describe, expect, it } from "vitest";
import { bot } from "../bot/bot-builder.js";
import { validateBot } from "../bot/validate-bot.js";
import { playConversation } from "../testing/play-conversation.js";

const NOW = Date.UTC(2025, 2, 10, 2, 0);
const counters = [
  { id: "store-taipei", title: "Taipei 101" },
  { id: "store-tainan", title: "Tainan" },
];

describe("route_to_store", () => {
  it("routes to the store of the option the customer chose, then hands over", () => {
    const b = bot("Counters")
      .welcome((m) =>
        m.choice({ body: "Choose your nearest counter", options: counters }).routeToStore({ from: "choice" }),
      )
      .build();
    const chat = playConversation(b, { channel: "whatsapp", now: NOW });
    chat.start();
    expect(chat.handedOver).toBe(false);
    chat.tap("store-tainan");
    expect(chat.actions.slice(-2)).toEqual([
      { type: "route_to_store", storeKeys: ["store-tainan", "Tainan"] },
      { type: "handover" },
    ]);
    expect(chat.handedOver).toBe(true);
  });

  it("reads a fixed store or a contact attribute; an empty attribute names no store", () => {
    const fixed = bot("Fixed")
      .welcome((m) => m.routeToStore({ from: "fixed", storeId: "store-taipei" }))
      .build();
    const played = playConversation(fixed, { channel: "line", now: NOW });
    played.start();
    expect(played.actions[0]).toEqual({ type: "route_to_store", storeKeys: ["store-taipei"] });

    const byAttribute = bot("Attribute")
      .welcome((m) => m.routeToStore({ from: "attribute", attribute: "counter" }))
      .build();
    const named = playConversation(byAttribute, {
      channel: "line",
      now: NOW,
      attributes: { counter: " Tainan " },
    });
    named.start();
    expect(named.actions[0]).toEqual({ type: "route_to_store", storeKeys: ["Tainan"] });
    const blank = playConversation(byAttribute, { channel: "line", now: NOW });
    blank.start();
    expect(blank.actions).toEqual([{ type: "route_to_store", storeKeys: [] }, { type: "handover" }]);
  });

  it("names no store from a choice when nothing was chosen in this step", () => {
    const b = bot("No choice")
      .welcome((m) => m.routeToStore({ from: "choice" }))
      .build();
    const chat = playConversation(b, { channel: "whatsapp", now: NOW });
    chat.start();
    expect(chat.actions[0]).toEqual({ type: "route_to_store", storeKeys: [] });
  });

  it("refuses to publish a fixed store that does not exist, naming the path", () => {
    const b = bot("Missing")
      .welcome((m) => m.send("Hi").routeToStore({ from: "fixed", storeId: "gone" }))
      .build();
    const check = { channels: ["whatsapp"], compile: () => [] };
    expect(validateBot(b, { ...check, storeIds: ["store-taipei"] })).toEqual([
      {
        moduleId: "welcome",
        nodeIndex: 1,
        path: "modules[0].nodes[1].store.storeId",
        message: 'routes to store "gone", which does not exist',
      },
    ]);
    expect(validateBot(b, { ...check, storeIds: ["gone"] })).toEqual([]);
  });
});
