import { describe, expect, it } from "vitest";
import { fillMessage } from "./fill-template.js";

describe("fillMessage", () => {
  it("fills a template's text parameters and leaves other parameters alone", () => {
    const filled = fillMessage(
      {
        kind: "template",
        name: "trial_reminder",
        language: "en",
        header: [{ type: "text", text: "Hi {{name}}" }],
        body: [
          { type: "text", text: "{{counter}}" },
          { type: "currency", fallback: "{{price}}", code: "TWD", amount1000: 100_000 },
        ],
      },
      { name: "Amy", counter: "Taipei 101" },
    );
    expect(filled).toEqual({
      kind: "template",
      name: "trial_reminder",
      language: "en",
      header: [{ type: "text", text: "Hi Amy" }],
      body: [
        { type: "text", text: "Taipei 101" },
        { type: "currency", fallback: "{{price}}", code: "TWD", amount1000: 100_000 },
      ],
    });
  });

  it("fills a text and a caption, and keeps a message without placeholders as it is", () => {
    expect(fillMessage({ kind: "text", text: "{{a}} and {{missing}}" }, { a: "A" })).toMatchObject({
      text: expect.stringMatching(/^A and /),
    });
    const location = { kind: "location", latitude: 25, longitude: 121 } as const;
    expect(fillMessage(location, {})).toBe(location);
  });
});
