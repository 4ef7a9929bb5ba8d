import { describe, expect, it } from "vitest";
import { advanceScriptedBot, ScriptedBotSchema, ScriptedBotStateSchema } from "./scripted-bot.js";

const bot = ScriptedBotSchema.parse({
  name: "Booking",
  start: "counter",
  restartWords: ["hi"],
  steps: {
    counter: {
      message: {
        kind: "choices",
        style: "list",
        listButton: "Counters",
        body: "Choose a counter",
        sections: [
          {
            options: [
              { id: "c1", title: "Taipei 101" },
              { id: "c2", title: "Xinyi A11" },
            ],
          },
        ],
      },
      saveAs: "counter",
      next: { "*": "time" },
    },
    time: {
      message: {
        kind: "choices",
        style: "buttons",
        body: "{{counter}}: choose a time",
        sections: [
          {
            options: [
              { id: "t1", title: "10:00" },
              { id: "t2", title: "14:00" },
            ],
          },
        ],
      },
      saveAs: "time",
      next: { "*": "done" },
    },
    done: { message: { kind: "text", text: "Booked at {{counter}}, {{time}}." } },
  },
});
const empty = ScriptedBotStateSchema.parse({});

describe("advanceScriptedBot", () => {
  it("walks list → buttons → confirmation with saved answers", () => {
    const first = advanceScriptedBot(bot, empty, { kind: "text", text: "hi" });
    expect(first.messages[0]?.kind).toBe("choices");
    const second = advanceScriptedBot(bot, first.state, {
      kind: "choice_reply",
      via: "list",
      optionId: "c2",
      title: "Xinyi A11",
    });
    expect(second.messages[0]).toMatchObject({ kind: "choices", body: "Xinyi A11: choose a time" });
    const third = advanceScriptedBot(bot, second.state, {
      kind: "choice_reply",
      via: "button",
      optionId: "t2",
      title: "14:00",
    });
    expect(third.messages[0]).toEqual({ kind: "text", text: "Booked at Xinyi A11, 14:00." });
    expect(third.state.waitingOn).toBeNull();
  });

  it("accepts a tap on an older message and answers that step again", () => {
    const atTime = advanceScriptedBot(
      bot,
      { waitingOn: "time", answers: { counter: "Taipei 101" } },
      {
        kind: "choice_reply",
        via: "list",
        optionId: "c2",
        title: "Xinyi A11",
      },
    );
    expect(atTime.state.answers["counter"]).toBe("Xinyi A11");
    expect(atTime.state.waitingOn).toBe("time");
  });

  it("matches typed numbers and titles, and repeats the question otherwise", () => {
    const waiting = { waitingOn: "counter", answers: {} };
    expect(advanceScriptedBot(bot, waiting, { kind: "text", text: "2" }).state.answers["counter"]).toBe(
      "Xinyi A11",
    );
    expect(
      advanceScriptedBot(bot, waiting, { kind: "text", text: "taipei 101" }).state.answers["counter"],
    ).toBe("Taipei 101");
    const again = advanceScriptedBot(bot, waiting, { kind: "text", text: "what?" });
    expect(again.state.waitingOn).toBe("counter");
    expect(again.messages[0]?.kind).toBe("choices");
  });

  it("refuses a bot whose steps point nowhere", () => {
    const result = ScriptedBotSchema.safeParse({
      name: "x",
      start: "a",
      steps: { a: { message: { kind: "text", text: "x" }, next: { "*": "b" } } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["steps", "a", "next", "*"]);
  });
});
