// Variable rules of PLATFORMS.md A5.1: format per parameterFormat, order, gaps, duplicates, adjacency,
// position in the body and one example each.
import { describe, expect, it } from "vitest";
import { marketing, pathsAndRules, utility } from "./template-cases.test-support.js";
import type { TemplateExamples } from "./template-definition-schema.js";
import { validateWhatsAppTemplate } from "./validate-template-definition.js";

const positional = (text: string, examples: TemplateExamples = { "1": "a", "2": "b", "3": "c" }) =>
  validateWhatsAppTemplate(utility({ body: { text, examples } }));
const named = (text: string, examples: TemplateExamples) =>
  validateWhatsAppTemplate(marketing({ body: { text, examples } }));

describe("positional variables", () => {
  it.each([
    ["in order", "Hi {{1}}, order {{2}} ships on {{3}}.", []],
    [
      "a gap",
      "Hi {{1}}, order {{3}} is ready.",
      [
        ["body.text", "variable_order"],
        ["body.examples.2", "unknown_variable"],
      ],
    ],
    [
      "out of order",
      "Hi {{2}}, order {{1}} is ready.",
      [
        ["body.text", "variable_order"],
        ["body.examples.3", "unknown_variable"],
      ],
    ],
    [
      "not starting at 1",
      "Hi {{0}}, ready.",
      [
        ["body.text", "variable_format"],
        ["body.examples.1", "unknown_variable"],
        ["body.examples.2", "unknown_variable"],
        ["body.examples.3", "unknown_variable"],
      ],
    ],
    [
      "repeated",
      "Hi {{1}}, yes {{1}} and {{2}} ok.",
      [
        ["body.text", "unique"],
        ["body.examples.3", "unknown_variable"],
      ],
    ],
    [
      "a named variable",
      "Hi {{name}}, ok.",
      [
        ["body.text", "variable_format"],
        ["body.examples.1", "unknown_variable"],
        ["body.examples.2", "unknown_variable"],
        ["body.examples.3", "unknown_variable"],
      ],
    ],
  ])("%s", (_, text, expected) => {
    expect(pathsAndRules(positional(text))).toEqual(expected);
  });

  it("names the expected number", () => {
    const [violation] = positional("Hi {{1}}, order {{3}} is ready.", { "1": "a", "3": "c" });
    expect(violation).toEqual({
      path: "body.text",
      rule: "variable_order",
      message:
        "body.text: {{3}} comes where {{2}} is expected; WhatsApp needs positional variables numbered from {{1}} in order, without gaps",
    });
  });
});

describe("named variables", () => {
  it.each([
    ["lowercase names", "Hi {{first_name}}, code {{code_2}} ok.", { first_name: "Mei", code_2: "X1" }, []],
    [
      "a capital",
      "Hi {{First}}, ok.",
      { First: "Mei" },
      [
        ["body.text", "variable_format"],
        ["body.examples.First", "unknown_variable"],
      ],
    ],
    [
      "a positional variable",
      "Hi {{1}}, ok.",
      { "1": "Mei" },
      [
        ["body.text", "variable_format"],
        ["body.examples.1", "unknown_variable"],
      ],
    ],
    ["a duplicate name", "Hi {{name}}, yes {{name}} ok.", { name: "Mei" }, [["body.text", "unique"]]],
    ["a space inside", "Hi {{first name}}, ok.", {}, [["body.text", "variable_format"]]],
  ])("%s", (_, text, examples, expected) => {
    expect(pathsAndRules(named(text, examples))).toEqual(expected);
  });
});

describe("placement and examples", () => {
  it.each([
    ["adjacent", "Hi {{1}}{{2}} ok.", [["body.text", "adjacent_variables"]]],
    ["only a space between", "Hi {{1}} {{2}} ok.", [["body.text", "adjacent_variables"]]],
    ["at the start", "{{1}} is ready, {{2}} ok.", [["body.text", "variable_at_edge"]]],
    ["at the end", "Hi {{1}}, ready {{2}}", [["body.text", "variable_at_edge"]]],
    ["at the end before a space", "Hi {{1}}, ready {{2}}  ", [["body.text", "variable_at_edge"]]],
    ["a stray brace", "Hi {{1}}, ready {{2}} {{ ok.", [["body.text", "variable_format"]]],
  ])("%s", (_, text, expected) => {
    expect(pathsAndRules(positional(text, { "1": "a", "2": "b" }))).toEqual(expected);
  });

  it("cites Meta's error for a variable at the edge", () => {
    const [violation] = positional("{{1}} is ready.", { "1": "a" });
    expect(violation?.message).toBe(
      "body.text: starts with {{1}}; WhatsApp refuses a variable at the very start or end of the body (error 2388299)",
    );
  });

  it.each([
    ["a missing example", { "1": "a" }, [["body.examples.2", "required"]]],
    ["a blank example", { "1": "a", "2": " " }, [["body.examples.2", "required"]]],
    [
      "no examples at all",
      undefined,
      [
        ["body.examples.1", "required"],
        ["body.examples.2", "required"],
      ],
    ],
  ])("%s", (_, examples, expected) => {
    const violations = validateWhatsAppTemplate(
      utility({ body: { text: "Hi {{1}}, order {{2}} ok.", examples } }),
    );
    expect(pathsAndRules(violations)).toEqual(expected);
  });

  it("needs the header variable's example", () => {
    const header = { format: "text" as const, text: "Order {{1}}" };
    expect(pathsAndRules(validateWhatsAppTemplate(utility({ header })))).toEqual([
      ["header.examples.1", "required"],
    ]);
  });

  it("takes a header variable at its edge", () => {
    const header = { format: "text" as const, text: "{{1}}", examples: { "1": "A-1" } };
    expect(validateWhatsAppTemplate(utility({ header }))).toEqual([]);
  });
});
