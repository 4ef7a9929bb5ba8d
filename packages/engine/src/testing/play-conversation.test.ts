import { describe, expect, it } from "vitest";
import { bot } from "../bot/bot-builder.js";
import { validateBot } from "../bot/validate-bot.js";
import { playConversation } from "./play-conversation.js";

const NOW = Date.UTC(2025, 2, 10, 2, 0);

/** The seeded demo: book a makeup trial — a counter (list), a time (list), then confirm (buttons). */
const booking = bot("Makeup trial booking")
  .welcome((m) =>
    m.send("Welcome! Book a free makeup trial in two taps.").choice({
      body: "Which counter?",
      style: "list",
      listButton: "Counters",
      attribute: "counter",
      retryMessage: "Please choose a counter from the list (or type its number).",
      onGiveUp: "human_agent",
      options: [
        { id: "counter_101", title: "Taipei 101", addTags: ["counter:101"], goTo: "time" },
        { id: "counter_a11", title: "Xinyi A11", addTags: ["counter:a11"], goTo: "time" },
        { id: "counter_taichung", title: "Taichung Café", addTags: ["counter:taichung"], goTo: "time" },
        { id: "agent", title: "Talk to a person", goTo: "human_agent" },
      ],
    }),
  )
  .module("time", (m) =>
    m.choice({
      body: "{{counter}}: which time?",
      style: "list",
      listButton: "Times",
      attribute: "time",
      onGiveUp: "human_agent",
      options: [
        { id: "t_1100", title: "Sat 11:00", goTo: "confirm" },
        { id: "t_1500", title: "Sat 15:00", goTo: "confirm" },
      ],
    }),
  )
  .module("confirm", (m) =>
    m.choice({
      body: "{{counter}}, {{time}}. Confirm?",
      style: "buttons",
      options: [
        { id: "yes", title: "Confirm", addTags: ["booked"], goTo: "booked" },
        { id: "change", title: "Change time", goTo: "time" },
      ],
    }),
  )
  .module("booked", (m) => m.send("Booked! See you at {{counter}}, {{time}}.").end())
  .humanAgent((m) => m.send("A makeup artist will answer here shortly.").handover())
  .build();

const bodies = (messages: { kind: string }[]) =>
  messages.map((m) => ("text" in m ? m.text : "body" in m ? m.body : m.kind));

describe("booking bot played through the harness", () => {
  it("is valid to publish", () => {
    expect(validateBot(booking, { channels: ["whatsapp"], compile: () => [] })).toEqual([]);
  });

  it("books by taps: counter list → time list → confirm buttons", () => {
    const chat = playConversation(booking, { channel: "whatsapp", now: NOW });
    expect(bodies(chat.start())).toEqual([
      "Welcome! Book a free makeup trial in two taps.",
      "Which counter?",
    ]);
    expect(chat.sent[1]).toMatchObject({ kind: "choices", style: "list", listButton: "Counters" });
    expect(bodies(chat.tap("counter_a11"))).toEqual(["Xinyi A11: which time?"]);
    expect(bodies(chat.tap("t_1500"))).toEqual(["Xinyi A11, Sat 15:00. Confirm?"]);
    expect(chat.sent.at(-1)).toMatchObject({ kind: "choices", style: "buttons" });
    expect(bodies(chat.tap("yes"))).toEqual(["Booked! See you at Xinyi A11, Sat 15:00."]);
    expect(chat.tags).toEqual(["booked", "counter:a11"]);
    expect(chat.attributes).toEqual({ counter: "Xinyi A11", time: "Sat 15:00" });
    expect(chat.ended).toBe(true);
  });

  it("books by typing numbers and titles, goes back to change the time, and re-picks an older counter", () => {
    const chat = playConversation(booking, { channel: "line", now: NOW });
    chat.start();
    expect(bodies(chat.say("somewhere"))).toEqual([
      "Please choose a counter from the list (or type its number).",
    ]);
    expect(bodies(chat.say("TAICHUNG CAFE"))).toEqual(["Taichung Café: which time?"]);
    expect(bodies(chat.say("１"))).toEqual(["Taichung Café, Sat 11:00. Confirm?"]);
    expect(bodies(chat.say("change time"))).toEqual(["Taichung Café: which time?"]);
    // Scrolling up to the first list and choosing another counter restarts from that choice.
    expect(bodies(chat.tap("counter_101"))).toEqual(["Taipei 101: which time?"]);
    expect(bodies(chat.say("2"))).toEqual(["Taipei 101, Sat 15:00. Confirm?"]);
    expect(bodies(chat.tap("yes"))).toEqual(["Booked! See you at Taipei 101, Sat 15:00."]);
    expect(chat.tags).toEqual(["booked", "counter:101", "counter:taichung"]);
  });

  it("hands over to a person on request", () => {
    const chat = playConversation(booking, { channel: "messenger", now: NOW });
    chat.start();
    expect(bodies(chat.say("4"))).toEqual(["A makeup artist will answer here shortly."]);
    expect(chat.handedOver).toBe(true);
  });
});
