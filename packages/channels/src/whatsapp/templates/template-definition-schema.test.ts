// The definition schema: what an API client may send, parsed with defaults.
import { describe, expect, it } from "vitest";
import { TemplateDefinitionSchema } from "./template-definition-schema.js";

describe("TemplateDefinitionSchema", () => {
  it("defaults to positional variables", () => {
    const parsed = TemplateDefinitionSchema.parse({
      name: "order_update",
      language: "en_US",
      category: "utility",
      body: { text: "Hi {{1}}, ready.", examples: { "1": "Jessica" } },
    });
    expect(parsed.parameterFormat).toBe("positional");
  });

  it("refuses unknown fields and button types", () => {
    const base = { name: "n", language: "en", category: "utility", body: { text: "Hi" } };
    expect(TemplateDefinitionSchema.safeParse({ ...base, status: "APPROVED" }).success).toBe(false);
    const catalog = { ...base, buttons: [{ type: "catalog", text: "View" }] };
    expect(TemplateDefinitionSchema.safeParse(catalog).success).toBe(false);
  });
});
