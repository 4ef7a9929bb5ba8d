import { describe, expect, it } from "vitest";
import { bot } from "../bot/bot-builder.js";
import { playConversation } from "../testing/play-conversation.js";
import { advanceBot } from "./advance-bot.js";

const NOW = Date.UTC(2025, 2, 10, 2, 0);
const texts = (messages: { kind: string }[]) => messages.map((m) => ("text" in m ? m.text : m.kind));
const context = { now: NOW, random: 0, channel: "whatsapp", contact: { attributes: {}, tags: [] } };

describe("advanceBot: wait", () => {
  const b = bot("Follow-up")
    .welcome((m) => m.send("Thanks for visiting").wait(3_600_000).send("How was your trial?"))
    .build();

  it("schedules a timer and resumes only with its token", () => {
    const started = advanceBot(
      b,
      { status: "active", pending: null, offeredChoices: [], sequence: 0 },
      { type: "start" },
      context,
    );
    const timer = started.actions.find((a) => a.type === "schedule_timer");
    expect(timer).toEqual({ type: "schedule_timer", token: "welcome:1:1", at: NOW + 3_600_000 });
    expect(started.state.pending).toMatchObject({ type: "wait", token: "welcome:1:1" });
    const stale = advanceBot(b, started.state, { type: "timer", token: "welcome:1:0" }, context);
    expect(stale).toEqual({ state: started.state, actions: [] });
    const resumed = advanceBot(b, started.state, { type: "timer", token: "welcome:1:1" }, context);
    expect(resumed.actions).toEqual([
      { type: "send", message: { kind: "text", text: "How was your trial?" } },
    ]);
    // Delivered twice: the second delivery changes nothing.
    expect(advanceBot(b, resumed.state, { type: "timer", token: "welcome:1:1" }, context).actions).toEqual(
      [],
    );
  });

  it("ignores typed text while waiting, and a restart makes the old timer stale", () => {
    const chat = playConversation(b, { channel: "whatsapp", now: NOW });
    chat.start();
    expect(chat.say("hello")).toEqual([]);
    const first = chat.actions.find((a) => a.type === "schedule_timer");
    chat.start();
    expect(first?.type === "schedule_timer" && chat.fireTimer(first.token)).toEqual([]);
    expect(texts(chat.fireTimer())).toEqual(["How was your trial?"]);
    expect(chat.now).toBe(NOW + 3_600_000);
  });
});

describe("advanceBot: http_request", () => {
  const b = bot("Order status")
    .welcome((m) =>
      m
        .setAttribute("order", "A-17")
        .httpRequest({
          method: "POST",
          url: "https://shop.example.com/orders/{{order}}",
          headers: { "x-order": "{{order}}" },
          body: { order: "{{order}}", items: ["{{order}}", 2] },
          responseMap: { "data.status": "orderStatus", "data.eta[0]": "eta" },
          timeoutMs: 5_000,
          onError: "sorry",
        })
        .send("Order {{order}}: {{orderStatus}}, arriving {{eta}}"),
    )
    .module("sorry", (m) => m.send("We could not look it up."))
    .build();

  it("emits the filled request and maps the JSON response to attributes", () => {
    const chat = playConversation(b, { channel: "whatsapp", now: NOW });
    expect(chat.start()).toEqual([]);
    expect(chat.lastRequest).toEqual({
      token: "welcome:1:1",
      method: "POST",
      url: "https://shop.example.com/orders/A-17",
      headers: { "x-order": "A-17" },
      body: { order: "A-17", items: ["A-17", 2] },
      timeoutMs: 5_000,
    });
    expect(texts(chat.respondHttp({ status: 503, token: "welcome:1:1", body: {} }))).toEqual([
      "We could not look it up.",
    ]);
  });

  it("continues with the mapped values on 2xx and ignores a response with another token", () => {
    const chat = playConversation(b, { channel: "whatsapp", now: NOW });
    chat.start();
    const stale = advanceBot(
      b,
      chat.state,
      { type: "http_response", token: "nope", status: 200, body: {} },
      context,
    );
    expect(stale.actions).toEqual([]);
    expect(
      texts(chat.respondHttp({ status: 200, body: { data: { status: "shipped", eta: ["Friday"] } } })),
    ).toEqual(["Order A-17: shipped, arriving Friday"]);
    expect(chat.attributes).toMatchObject({ orderStatus: "shipped", eta: "Friday" });
  });

  it("goes to onError on a failed request (status 0)", () => {
    const chat = playConversation(b, { channel: "whatsapp", now: NOW });
    chat.start();
    expect(texts(chat.respondHttp({ status: 0 }))).toEqual(["We could not look it up."]);
  });
});
