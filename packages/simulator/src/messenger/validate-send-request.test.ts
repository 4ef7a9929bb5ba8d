import { describe, expect, it } from "vitest";
import { GraphError } from "../graph/graph-error.js";
import type { MetaRules } from "./meta-button-schemas.js";
import { validateSendRequest } from "./validate-send-request.js";

const MESSENGER: MetaRules = { platform: "messenger", strictTitles: true };
const INSTAGRAM: MetaRules = { platform: "instagram", strictTitles: true };

/** `n` characters: ASCII, CJK (one UTF-16 unit each) or emoji (two units each, so n/2 emoji). */
const strings = {
  ascii: (n: number) => "a".repeat(n),
  cjk: (n: number) => "語".repeat(n),
  emoji: (n: number) => "😀".repeat(Math.floor(n / 2)) + (n % 2 === 1 ? "a" : ""),
};

const postback = (title: string, payload = "P") => ({ type: "postback", title, payload });
const quick = (title: string, payload = "P") => ({ content_type: "text", title, payload });
const buttonTemplate = (text: string, buttons: unknown[]) => ({
  attachment: { type: "template", payload: { template_type: "button", text, buttons } },
});
const generic = (elements: unknown[]) => ({
  attachment: { type: "template", payload: { template_type: "generic", elements } },
});
const element = (title: string, extra: Record<string, unknown> = { subtitle: "s" }) => ({ title, ...extra });

interface Case {
  name: string;
  limit: number;
  /** The message with the limited thing at size `n`. */
  message: (n: number, chars: (n: number) => string) => unknown;
  path: string;
  rules?: MetaRules;
}

const cases: Case[] = [
  { name: "text", limit: 2000, message: (n, c) => ({ text: c(n) }), path: "message[text]" },
  {
    name: "Instagram text",
    limit: 1000,
    message: (n, c) => ({ text: c(n) }),
    path: "message[text]",
    rules: INSTAGRAM,
  },
  {
    name: "quick reply title",
    limit: 20,
    message: (n, c) => ({ text: "Pick", quick_replies: [quick(c(n))] }),
    path: "message[quick_replies][0][title]",
  },
  {
    name: "quick reply payload",
    limit: 1000,
    message: (n, c) => ({ text: "Pick", quick_replies: [quick("A", c(n))] }),
    path: "message[quick_replies][0][payload]",
  },
  {
    name: "button template text",
    limit: 640,
    message: (n, c) => buttonTemplate(c(n), [postback("A")]),
    path: "message[attachment][payload][text]",
  },
  {
    name: "button title",
    limit: 20,
    message: (n, c) => buttonTemplate("Pick", [postback(c(n))]),
    path: "message[attachment][payload][buttons][0][title]",
  },
  {
    name: "postback payload",
    limit: 1000,
    message: (n, c) => buttonTemplate("Pick", [postback("A", c(n))]),
    path: "message[attachment][payload][buttons][0][payload]",
  },
  {
    name: "generic title",
    limit: 80,
    message: (n, c) => generic([element(c(n))]),
    path: "message[attachment][payload][elements][0][title]",
  },
  {
    name: "generic subtitle",
    limit: 80,
    message: (n, c) => generic([element("T", { subtitle: c(n) })]),
    path: "message[attachment][payload][elements][0][subtitle]",
  },
];

function refusal(rules: MetaRules, message: unknown): GraphError | undefined {
  try {
    validateSendRequest(
      { recipient: { id: "1234567890123456" }, messaging_type: "RESPONSE", message },
      rules,
    );
    return undefined;
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
}

describe("Send API lengths: N accepted, N+1 refused", () => {
  for (const c of cases) {
    for (const [kind, chars] of Object.entries(strings)) {
      it(`${c.name} (${kind})`, () => {
        const rules = c.rules ?? MESSENGER;
        expect(refusal(rules, c.message(c.limit, chars))).toBeUndefined();
        const error = refusal(rules, c.message(c.limit + 1, chars));
        expect(error?.code).toBe(100);
        expect(error?.message).toBe(
          `(#100) Length of param ${c.path} must be less than or equal to ${c.limit} (it is ${c.limit + 1})`,
        );
      });
    }
  }
});

describe("Send API counts: N accepted, N+1 refused", () => {
  const counts: { name: string; limit: number; message: (n: number) => unknown; path: string }[] = [
    {
      name: "quick replies",
      limit: 13,
      message: (n) => ({ text: "Pick", quick_replies: Array.from({ length: n }, (_, i) => quick(`Q${i}`)) }),
      path: "message[quick_replies]",
    },
    {
      name: "template buttons",
      limit: 3,
      message: (n) =>
        buttonTemplate(
          "Pick",
          Array.from({ length: n }, (_, i) => postback(`B${i}`)),
        ),
      path: "message[attachment][payload][buttons]",
    },
    {
      name: "generic elements",
      limit: 10,
      message: (n) => generic(Array.from({ length: n }, (_, i) => element(`E${i}`))),
      path: "message[attachment][payload][elements]",
    },
    {
      name: "element buttons",
      limit: 3,
      message: (n) =>
        generic([element("E", { buttons: Array.from({ length: n }, (_, i) => postback(`B${i}`)) })]),
      path: "message[attachment][payload][elements][0][buttons]",
    },
  ];
  for (const c of counts) {
    it(c.name, () => {
      expect(refusal(MESSENGER, c.message(c.limit))).toBeUndefined();
      const error = refusal(MESSENGER, c.message(c.limit + 1));
      expect(error?.code).toBe(105);
      expect(error?.message).toBe(
        `(#105) param ${c.path} has too many elements (${c.limit + 1}, at most ${c.limit})`,
      );
    });
  }
});

describe("Send API rules", () => {
  it("lists every violation, not only the first", () => {
    const error = refusal(
      MESSENGER,
      generic([element("x".repeat(81), { subtitle: "y".repeat(81), buttons: [postback("z".repeat(21))] })]),
    );
    const problems = (error?.toJSON().error.error_user_msg as string).split("; ");
    expect(problems).toEqual([
      expect.stringContaining("[elements][0][title]"),
      expect.stringContaining("[elements][0][subtitle]"),
      expect.stringContaining("[elements][0][buttons][0][title]"),
    ]);
  });

  it("accepts long titles when not strict (Meta shows them truncated)", () => {
    expect(
      refusal(
        { platform: "messenger", strictTitles: false },
        { text: "Pick", quick_replies: [quick("x".repeat(40))] },
      ),
    ).toBeUndefined();
  });

  it("refuses an empty message, both text and attachment, unknown keys and a generic element with only a title", () => {
    expect(refusal(MESSENGER, {})?.toJSON().error.error_user_msg).toContain("Message cannot be empty");
    expect(
      refusal(MESSENGER, {
        text: "a",
        attachment: { type: "image", payload: { url: "https://x.test/a.png" } },
      })?.code,
    ).toBe(100);
    expect(refusal(MESSENGER, { text: "a", colour: "red" })?.message).toBe(
      '(#100) Unexpected key "colour" on param "message"',
    );
    expect(refusal(MESSENGER, generic([{ title: "Only a title" }]))?.toJSON().error.error_user_msg).toContain(
      "besides its title",
    );
    expect(refusal(MESSENGER, { text: "a", quick_replies: [{ content_type: "location" }] })?.code).toBe(100);
  });

  it("needs exactly one recipient, and a message or a sender action", () => {
    const check = (body: unknown) => {
      try {
        return validateSendRequest(body, MESSENGER);
      } catch (error) {
        return error;
      }
    };
    expect(check({ recipient: {}, messaging_type: "RESPONSE", message: { text: "a" } })).toBeInstanceOf(
      GraphError,
    );
    expect(check({ recipient: { id: "1", comment_id: "2" }, message: { text: "a" } })).toBeInstanceOf(
      GraphError,
    );
    expect(check({ recipient: { id: "1" }, messaging_type: "RESPONSE" })).toMatchObject({
      message: "(#100) Must send either message or sender action",
    });
    expect(check({ recipient: { comment_id: "1_2" }, message: { text: "a" } })).toMatchObject({
      kind: "message",
      recipient: { kind: "comment", id: "1_2" },
    });
    expect(check({ recipient: { id: "1" }, sender_action: "typing_on" })).toEqual({
      kind: "action",
      recipient: { kind: "user", id: "1" },
      action: "typing_on",
    });
  });
});
