// Per channel: the most options the native form holds are accepted, one more follows the message's fallback.
import {
  numberedChoicesText,
  type ChoicesFallback,
  type LimitViolation,
  type MessageOf,
  type Result,
} from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileInstagramMessage } from "../instagram/compile-message.js";
import { compileLineMessage } from "../line/compile-message.js";
import { compileMessengerMessage } from "../messenger/compile-message.js";
import { compileWhatsAppMessage } from "../whatsapp/compile-message.js";

type Choices = MessageOf<"choices">;

function choices(count: number, fallback?: ChoicesFallback, patch: Partial<Choices> = {}): Choices {
  const options = Array.from({ length: count }, (_, i) => ({ id: `o${i + 1}`, title: `Item ${i + 1}` }));
  return {
    kind: "choices",
    style: "auto",
    body: "Pick one",
    listButton: "Items",
    sections: [{ options }],
    ...(fallback === undefined ? {} : { fallback }),
    ...patch,
  };
}

function rules(result: Result<unknown, LimitViolation[]>): string[] {
  return result.ok ? [] : result.error.map((v) => `${v.path} ${v.rule}`);
}

const numbered = (count: number) =>
  `Pick one\n\n${Array.from({ length: count }, (_, i) => `${i + 1}. Item ${i + 1}`).join("\n")}`;

describe("numberedChoicesText", () => {
  it("puts the body, one numbered line per option with its description, then the footer", () => {
    const message = choices(0, "numbered_text", {
      footer: "Reply with a number",
      sections: [
        { title: "Hot", options: [{ id: "t", title: "Tea", description: "green or black" }] },
        { options: [{ id: "c", title: "Coffee" }] },
      ],
    });
    expect(numberedChoicesText(message)).toBe(
      "Pick one\n\n1. Tea — green or black\n2. Coffee\n\nReply with a number",
    );
  });
});

describe.each([
  { channel: "WhatsApp", max: 10, path: "sections", compile: compileWhatsAppMessage },
  { channel: "Messenger", max: 13, path: "sections[0].options", compile: compileMessengerMessage },
  { channel: "Instagram", max: 13, path: "sections[0].options", compile: compileInstagramMessage },
])("$channel choices beyond $max options", ({ max, path, compile }) => {
  it("accepts the most options the native form holds, whatever the fallback", () => {
    expect(rules(compile(choices(max)))).toEqual([]);
    const result = compile(choices(max, "numbered_text"));
    expect(result.ok && JSON.stringify(result.value)).not.toContain("1. Item 1");
  });

  it("refuses one more by default and with fallback refuse", () => {
    expect(rules(compile(choices(max + 1))).join()).toContain(path);
    expect(rules(compile(choices(max + 1, "refuse")))).toEqual(rules(compile(choices(max + 1))));
    expect(rules(compile(choices(max + 1, "refuse")))).not.toEqual([]);
  });

  it("sends one more as numbered text with fallback numbered_text", () => {
    const result = compile(choices(max + 1, "numbered_text"));
    expect(result.ok).toBe(true);
    expect(JSON.stringify(result.ok ? result.value : null)).toContain(JSON.stringify(numbered(max + 1)));
  });

  it("says a split needs several messages when asked for exactly one", () => {
    expect(rules(compile(choices(max + 1, "split")))).toEqual(["fallback several_messages"]);
  });

  it("keeps other violations: a too-long title is not a count problem", () => {
    const long = choices(2, "numbered_text", {
      sections: [
        {
          options: [
            { id: "a", title: "x".repeat(40) },
            { id: "b", title: "B" },
          ],
        },
      ],
    });
    expect(rules(compile(long))).toContain("sections[0].options[0].title max_length");
  });
});

describe("WhatsApp numbered text", () => {
  it("is a plain text message with the exact lines", () => {
    const result = compileWhatsAppMessage(choices(11, "numbered_text"));
    expect(result).toEqual({ ok: true, value: { type: "text", text: { body: numbered(11) } } });
  });
});

describe("Messenger numbered text", () => {
  it("is a Send API text with the exact lines", () => {
    expect(compileMessengerMessage(choices(14, "numbered_text"))).toEqual({
      ok: true,
      value: { text: numbered(14) },
    });
  });
});

describe("LINE choices beyond the Flex limit (12 bubbles of 10 options)", () => {
  const listed = (count: number, fallback?: ChoicesFallback) => choices(count, fallback, { style: "list" });

  it("accepts 120 options as one Flex message", () => {
    const result = compileLineMessage(listed(120));
    expect(result.ok && result.value.messages.map((m) => m.type)).toEqual(["flex"]);
  });

  it("refuses 121 by default and with fallback refuse", () => {
    expect(rules(compileLineMessage(listed(121)))).toEqual(["sections max_items"]);
    expect(rules(compileLineMessage(listed(121, "refuse")))).toEqual(["sections max_items"]);
  });

  it("sends 121 as one numbered text with fallback numbered_text", () => {
    expect(compileLineMessage(listed(121, "numbered_text"))).toEqual({
      ok: true,
      value: { messages: [{ type: "text", text: numbered(121) }] },
    });
  });

  it("splits 121 into two Flex messages, every option kept in order", () => {
    const result = compileLineMessage(listed(121, "split"));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.messages.map((m) => m.type)).toEqual(["flex", "flex"]);
    const text = JSON.stringify(result.value.messages);
    expect(text).toContain('"label":"Item 120"');
    expect(text).toContain('"label":"Item 121"');
    expect(text.indexOf('"label":"Item 120"')).toBeLessThan(text.indexOf('"label":"Item 121"'));
  });

  it("splits 5 options of a buttons template into 4 + 1", () => {
    const result = compileLineMessage(choices(5, "split", { style: "buttons" }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.messages.map((m) => m.type)).toEqual(["template", "template"]);
    expect(rules(compileLineMessage(choices(5, "refuse", { style: "buttons" })))).not.toEqual([]);
  });

  it("names original paths in a split part's violations and checks ids across parts", () => {
    const message = listed(125, "split");
    const [section] = message.sections;
    if (section === undefined) throw new Error("no section");
    section.options[122] = { id: "o1", title: "x".repeat(30) };
    expect(rules(compileLineMessage(message))).toEqual([
      "sections[0].options[122].id unique",
      "sections[0].options[122].title max_length",
    ]);
  });
});
