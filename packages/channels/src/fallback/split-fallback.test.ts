// The `split` fallback of choices on WhatsApp, Messenger and Instagram: several native messages, each
// within the channel's limits, every option kept in order and still answerable by its id.
import type { LimitViolation, MessageOf, Result } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { compileInstagramMessages } from "../instagram/compile-message.js";
import { compileMessengerMessages } from "../messenger/compile-message.js";
import type { SendApiMessage } from "../messenger/compiled-body.js";
import type { WhatsAppMessageBody } from "../whatsapp/compiled-body.js";
import { compileWhatsAppMessages } from "../whatsapp/compile-message.js";

type Choices = MessageOf<"choices">;

function choices(count: number, patch: Partial<Choices> = {}): Choices {
  const options = Array.from({ length: count }, (_, i) => ({ id: `o${i + 1}`, title: `Item ${i + 1}` }));
  return {
    kind: "choices",
    style: "auto",
    body: "Pick one",
    listButton: "Items",
    sections: [{ options }],
    fallback: "split",
    ...patch,
  };
}

function value<T>(result: Result<T, LimitViolation[]>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** The option ids each WhatsApp part offers (reply buttons or list rows). */
function whatsAppIds(parts: WhatsAppMessageBody[]): string[][] {
  return parts.map((part) => {
    if (part.type !== "interactive") return [];
    const interactive = part.interactive;
    if (interactive.type === "button") return interactive.action.buttons.map((b) => b.reply.id);
    if (interactive.type === "list")
      return interactive.action.sections.flatMap((s) => s.rows.map((r) => r.id));
    return [];
  });
}

/** The postback payloads each Send API part offers. */
function payloads(parts: SendApiMessage[]): string[][] {
  return parts.map((part) => {
    const text = JSON.stringify(part);
    return [...text.matchAll(/"payload":"(o\d+)"/g)].map((m) => m[1] ?? "");
  });
}

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `o${from + i}`);

describe("WhatsApp split of choices", () => {
  it("keeps 10 options in one list (N) and splits 11 into lists of 10 and 1 (N+1)", () => {
    expect(whatsAppIds(value(compileWhatsAppMessages(choices(10))))).toEqual([ids(1, 10)]);
    const parts = value(compileWhatsAppMessages(choices(11)));
    expect(parts.map((p) => (p.type === "interactive" ? p.interactive.type : p.type))).toEqual([
      "list",
      "list",
    ]);
    expect(whatsAppIds(parts)).toEqual([ids(1, 10), ids(11, 11)]);
  });

  it("splits 4 reply buttons into 3 + 1, each repeating the body", () => {
    const parts = value(compileWhatsAppMessages(choices(4, { style: "buttons" })));
    expect(whatsAppIds(parts)).toEqual([ids(1, 3), ["o4"]]);
    expect(JSON.stringify(parts).match(/"Pick one"/g)).toHaveLength(2);
  });

  it("names violations by their place in the original choice", () => {
    const long = choices(12);
    const option = long.sections[0]?.options[11];
    if (option !== undefined) option.title = "x".repeat(25);
    const result = compileWhatsAppMessages(long);
    expect(result.ok ? [] : result.error.map((v) => `${v.path} ${v.rule}`)).toEqual([
      "sections[0].options[11].title max_length",
    ]);
  });

  it("refuses ids repeated across parts once, with the original path", () => {
    const twice = choices(11);
    const last = twice.sections[0]?.options[10];
    if (last !== undefined) last.id = "o1";
    const result = compileWhatsAppMessages(twice);
    expect(result.ok ? [] : result.error.map((v) => `${v.path} ${v.rule}`)).toEqual([
      "sections[0].options[10].id unique",
    ]);
  });
});

describe.each([
  { channel: "Messenger", compile: compileMessengerMessages },
  { channel: "Instagram", compile: compileInstagramMessages },
])("$channel split of choices", ({ compile }) => {
  it("keeps 13 options as one quick-reply message (N) and splits 14 into button templates of 3 (N+1)", () => {
    expect(value(compile(choices(13)))).toHaveLength(1);
    const parts = value(compile(choices(14)));
    expect(payloads(parts)).toEqual([ids(1, 3), ids(4, 6), ids(7, 9), ids(10, 12), ids(13, 14)]);
    for (const part of parts)
      expect(part).toMatchObject({ attachment: { payload: { template_type: "button", text: "Pick one" } } });
  });

  it("refuses what a button template cannot show instead of dropping it", () => {
    const rest = choices(13).sections.flatMap((section) => section.options);
    const described = choices(14, {
      sections: [{ options: [{ id: "a", title: "A", description: "long" }, ...rest] }],
    });
    const result = compile(described);
    expect(result.ok ? [] : result.error.map((v) => `${v.path} ${v.rule}`)).toEqual([
      "sections[0].options[0].description not_allowed",
    ]);
  });
});
