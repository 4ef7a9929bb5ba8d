import { describe, expect, it } from "vitest";
import { violationInNode } from "./violation-in-node";

describe("violationInNode", () => {
  it("prefixes the message's place in the node and drops the repeated path from the sentence", () => {
    const violation = {
      path: "sections[0].options[3].title",
      rule: "max_length",
      message: "sections[0].options[3].title: 31 characters, WhatsApp allows 24",
      limit: 24,
      actual: 31,
    };
    expect(violationInNode(violation, "message")).toEqual({
      ...violation,
      path: "message.sections[0].options[3].title",
      message: "31 characters, WhatsApp allows 24",
    });
    expect(violationInNode({ path: "body", rule: "invalid", message: "too long" }, "").path).toBe("body");
  });
});
