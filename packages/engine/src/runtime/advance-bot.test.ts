import { describe, expect, it } from "vitest";
import { bot } from "../bot/bot-builder.js";
import { playConversation } from "../testing/play-conversation.js";
import { advanceBot } from "./advance-bot.js";
import { BotStateSchema, initialBotState } from "./bot-state-schema.js";

const NOW = Date.UTC(2025, 2, 10, 2, 0); // Monday 10:00 in Taipei, 02:00 UTC
const texts = (messages: { kind: string }[]) =>
  messages.map((m) => ("text" in m ? m.text : "body" in m ? m.body : m.kind));

describe("advanceBot: nodes", () => {
  it("send, set_tag, remove_tag, set_attribute and end, with placeholders filled", () => {
    const b = bot("Hello")
      .welcome((m) =>
        m
          .setAttribute("greeting", "Hi {{name}}")
          .setTag("new")
          .removeTag("old")
          .send("{{greeting}}!")
          .end()
          .send("never"),
      )
      .build();
    const chat = playConversation(b, {
      channel: "whatsapp",
      now: NOW,
      attributes: { name: "Amy" },
      tags: ["old"],
    });
    expect(texts(chat.start())).toEqual(["Hi Amy!"]);
    expect(chat.tags).toEqual(["new"]);
    expect(chat.attributes["greeting"]).toBe("Hi Amy");
    expect(chat.ended).toBe(true);
    expect(chat.actions.at(-1)).toEqual({ type: "end", reason: "end_node" });
  });

  it("go_to jumps to the first node of a module and a module that runs out leaves the bot idle", () => {
    const b = bot("Jump")
      .welcome((m) => m.send("one").goTo("two").send("skipped"))
      .module("two", (m) => m.send("two"))
      .build();
    const chat = playConversation(b, { channel: "line", now: NOW });
    expect(texts(chat.start())).toEqual(["one", "two"]);
    expect(chat.state).toMatchObject({ status: "active", pending: null });
    expect(chat.say("hello")).toEqual([]);
  });

  it("ends a go-to loop that never pauses instead of running forever", () => {
    const b = bot("Loop")
      .welcome((m) => m.goTo("a"))
      .module("a", (m) => m.goTo("welcome"))
      .build();
    const step = advanceBot(
      b,
      initialBotState(),
      { type: "start" },
      {
        now: NOW,
        random: 0,
        channel: "whatsapp",
        contact: { attributes: {}, tags: [] },
      },
    );
    expect(step.actions).toEqual([{ type: "end", reason: "step_limit" }]);
  });

  it("handover emits the action and keeps the bot silent until the next start", () => {
    const b = bot("Help")
      .welcome((m) => m.goTo("human_agent"))
      .humanAgent((m) => m.send("Someone will answer soon.").handover())
      .build();
    const chat = playConversation(b, { channel: "messenger", now: NOW });
    expect(texts(chat.start())).toEqual(["Someone will answer soon."]);
    expect(chat.actions).toContainEqual({ type: "handover" });
    expect(chat.handedOver).toBe(true);
    expect(chat.say("hello?")).toEqual([]);
    expect(texts(chat.start())).toEqual(["Someone will answer soon."]);
  });

  it("tags and attributes set earlier in a step are seen by later conditions in the same step", () => {
    const b = bot("Same step")
      .welcome((m) =>
        m
          .setTag("vip")
          .setAttribute("tier", "gold")
          .condition({
            rules: [
              { type: "tag", tag: "vip", operator: "has" },
              { type: "attribute", attribute: "tier", operator: "equals", value: "GOLD" },
            ],
            then: "vip",
            else: "regular",
          }),
      )
      .module("vip", (m) => m.send("vip"))
      .module("regular", (m) => m.send("regular"))
      .build();
    expect(texts(playConversation(b, { channel: "whatsapp", now: NOW }).start())).toEqual(["vip"]);
  });

  it("keeps a JSON-serialisable state that parses back", () => {
    const b = bot("Ask")
      .welcome((m) => m.ask({ message: "Name?", attribute: "name", onGiveUp: "human_agent" }).send("ok"))
      .build();
    const chat = playConversation(b, { channel: "whatsapp", now: NOW });
    chat.start();
    const stored = JSON.parse(JSON.stringify(chat.state)) as unknown;
    expect(BotStateSchema.parse(stored)).toEqual(chat.state);
    expect(BotStateSchema.parse({})).toEqual(initialBotState());
  });
});

describe("advanceBot: condition", () => {
  const hours = bot("Hours")
    .welcome((m) =>
      m.condition({
        match: "all",
        rules: [
          { type: "time_of_day", timeZone: "Asia/Taipei", from: "09:00", to: "18:00" },
          { type: "weekday", timeZone: "Asia/Taipei", days: ["mon", "tue", "wed", "thu", "fri"] },
        ],
        then: "open",
        else: "closed",
      }),
    )
    .module("open", (m) => m.send("open"))
    .module("closed", (m) => m.send("closed"))
    .build();

  it("reads the time of day and weekday in the given zone, not UTC", () => {
    // 02:00 UTC is 10:00 in Taipei: open there, though UTC would say closed.
    expect(texts(playConversation(hours, { channel: "whatsapp", now: NOW }).start())).toEqual(["open"]);
    // 11:00 UTC Monday is 19:00 in Taipei: closed.
    const evening = Date.UTC(2025, 2, 10, 11, 0);
    expect(texts(playConversation(hours, { channel: "whatsapp", now: evening }).start())).toEqual(["closed"]);
    // Friday 20:00 UTC is Saturday 04:00 in Taipei.
    const saturday = Date.UTC(2025, 2, 14, 20, 0);
    expect(texts(playConversation(hours, { channel: "whatsapp", now: saturday }).start())).toEqual([
      "closed",
    ]);
  });

  it("wraps a time range past midnight and checks UTC when asked", () => {
    const night = bot("Night")
      .welcome((m) =>
        m
          .condition({
            rules: [{ type: "time_of_day", timeZone: "UTC", from: "22:00", to: "06:00" }],
            then: "night",
          })
          .send("day"),
      )
      .module("night", (m) => m.send("night"))
      .build();
    expect(texts(playConversation(night, { channel: "x", now: NOW }).start())).toEqual(["night"]);
    expect(texts(playConversation(night, { channel: "x", now: NOW + 5 * 3_600_000 }).start())).toEqual([
      "day",
    ]);
  });

  it("matches any rule over channel, tag and numeric attributes; absent targets continue", () => {
    const b = bot("Any")
      .welcome((m) =>
        m
          .condition({
            match: "any",
            rules: [
              { type: "channel", channels: ["line"] },
              { type: "attribute", attribute: "spent", operator: "greater_than", value: "1000" },
            ],
            then: "special",
          })
          .condition({ rules: [{ type: "tag", tag: "blocked", operator: "lacks" }], else: "special" })
          .send("plain"),
      )
      .module("special", (m) => m.send("special"))
      .build();
    expect(texts(playConversation(b, { channel: "line", now: NOW }).start())).toEqual(["special"]);
    expect(
      texts(playConversation(b, { channel: "whatsapp", now: NOW, attributes: { spent: "1500" } }).start()),
    ).toEqual(["special"]);
    expect(
      texts(playConversation(b, { channel: "whatsapp", now: NOW, attributes: { spent: "900" } }).start()),
    ).toEqual(["plain"]);
    expect(texts(playConversation(b, { channel: "whatsapp", now: NOW, tags: ["blocked"] }).start())).toEqual([
      "special",
    ]);
  });
});

describe("advanceBot: random split", () => {
  const ab = bot("A/B")
    .welcome((m) =>
      m.randomSplit([
        { weight: 1, module: "a" },
        { weight: 3, module: "b" },
      ]),
    )
    .module("a", (m) => m.send("A"))
    .module("b", (m) => m.send("B"))
    .build();
  it("picks the branch whose weight share holds the injected random number", () => {
    expect(texts(playConversation(ab, { channel: "x", now: NOW, random: 0 }).start())).toEqual(["A"]);
    expect(texts(playConversation(ab, { channel: "x", now: NOW, random: 0.2499 }).start())).toEqual(["A"]);
    expect(texts(playConversation(ab, { channel: "x", now: NOW, random: 0.25 }).start())).toEqual(["B"]);
    expect(texts(playConversation(ab, { channel: "x", now: NOW, random: 0.9999 }).start())).toEqual(["B"]);
  });
});

describe("advanceBot: open_module", () => {
  const context = { now: NOW, random: 0, channel: "whatsapp", contact: { attributes: {}, tags: [] } };
  const b = bot("Entry")
    .welcome((m) =>
      m
        .ask({ message: "Your email?", attribute: "email", validation: "email", onGiveUp: "promo" })
        .send("thanks"),
    )
    .module("promo", (m) => m.setTag("promo").send("Autumn offer!"))
    .build();

  it("runs the module from its top and drops what the conversation waited for", () => {
    const asked = advanceBot(b, initialBotState(), { type: "start" }, context);
    expect(asked.state.pending).toMatchObject({ type: "ask" });
    const opened = advanceBot(b, asked.state, { type: "open_module", moduleId: "promo" }, context);
    expect(opened.actions).toEqual([
      { type: "add_tag", tag: "promo" },
      { type: "send", message: { kind: "text", text: "Autumn offer!" } },
    ]);
    expect(opened.state).toMatchObject({ status: "active", pending: null });
  });

  it("reopens a handed-over conversation to the bot, and ignores a module the version does not have", () => {
    const handedOver = BotStateSchema.parse({ status: "handed_over" });
    expect(advanceBot(b, handedOver, { type: "open_module", moduleId: "promo" }, context).state.status).toBe(
      "active",
    );
    const missing = advanceBot(b, handedOver, { type: "open_module", moduleId: "gone" }, context);
    expect(missing).toEqual({ state: handedOver, actions: [] });
  });
});
