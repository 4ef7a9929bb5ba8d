import { describe, expect, it } from "vitest";
import { isMessageOfKind, isTemplateButtons } from "./typed-json";

describe("typed JSON", () => {
  it("recognises a message of the kind being edited", () => {
    expect(isMessageOfKind({ kind: "contacts", contacts: [] }, "contacts")).toBe(true);
    expect(isMessageOfKind({ kind: "text", text: "hi" }, "contacts")).toBe(false);
    expect(isMessageOfKind([{ kind: "contacts" }], "contacts")).toBe(false);
  });

  it("recognises template button values", () => {
    expect(isTemplateButtons([{ type: "url", index: 0, text: "A1" }])).toBe(true);
    expect(isTemplateButtons([{ type: "call", index: 0 }])).toBe(false);
    expect(isTemplateButtons({ type: "url", index: 0 })).toBe(false);
  });
});
