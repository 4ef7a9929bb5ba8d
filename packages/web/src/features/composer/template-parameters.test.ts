import { describe, expect, it } from "vitest";
import {
  fillText,
  missingVariables,
  templateMessage,
  templateShape,
  variablesOf,
} from "./template-parameters";

const orderUpdate = {
  name: "order_update",
  language: "zh_TW",
  definition: {
    category: "utility",
    header: { format: "text", text: "Order {{1}}" },
    body: { text: "Hi {{2}}, order {{1}} ships on {{3}}. {{1}} again." },
  },
};

describe("template parameters", () => {
  it("finds each variable once, positional ones by number", () => {
    expect(variablesOf("{{2}} {{10}} {{1}} {{2}}")).toEqual(["1", "2", "10"]);
    expect(variablesOf("Hi {{ first_name }}, {{order}}")).toEqual(["first_name", "order"]);
    expect(variablesOf("no variables")).toEqual([]);
  });

  it("reads the header and body variables of a stored definition", () => {
    const shape = templateShape(orderUpdate);
    expect(shape).toMatchObject({
      format: "positional",
      headerText: "Order {{1}}",
      headerVariables: ["1"],
      bodyVariables: ["1", "2", "3"],
    });
    expect(templateShape({ name: "x", language: "en", definition: null }).bodyVariables).toEqual([]);
  });

  it("fills a preview and names what is still missing", () => {
    const shape = templateShape(orderUpdate);
    const values = { header: { "1": "A-17" }, body: { "1": "A-17", "2": "" } };
    expect(fillText(shape.bodyText, values.body)).toBe("Hi {{2}}, order A-17 ships on {{3}}. A-17 again.");
    expect(missingVariables(shape, values)).toEqual(["body.{{2}}", "body.{{3}}"]);
  });

  it("builds the template message, naming variables only for named templates", () => {
    const shape = templateShape(orderUpdate);
    const values = { header: { "1": "A-17" }, body: { "1": "A-17", "2": "Ling", "3": "Friday" } };
    expect(templateMessage(shape, values)).toEqual({
      kind: "template",
      name: "order_update",
      language: "zh_TW",
      header: [{ type: "text", text: "A-17" }],
      body: [
        { type: "text", text: "A-17" },
        { type: "text", text: "Ling" },
        { type: "text", text: "Friday" },
      ],
    });
    const named = templateShape({
      name: "welcome",
      language: "en",
      definition: { parameterFormat: "named", body: { text: "Hi {{first_name}}" } },
    });
    expect(templateMessage(named, { header: {}, body: { first_name: "Ling" } })).toEqual({
      kind: "template",
      name: "welcome",
      language: "en",
      body: [{ type: "text", text: "Ling", name: "first_name" }],
    });
  });
});
