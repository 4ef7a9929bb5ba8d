import { describe, expect, it } from "vitest";
import { ChoiceNodeSchema } from "./choice-node-schema.js";

const option = (id: string) => ({ id, title: `Title ${id}` });

describe("repeated option ids in a choice node", () => {
  it("reports every repeat at its own path and leaves the first use valid", () => {
    const result = ChoiceNodeSchema.safeParse({
      kind: "choice",
      body: "Pick one",
      sections: [{ options: [option("a"), option("b")] }, { options: [option("a"), option("a")] }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["sections.1.options.0.id", 'option id "a" is used twice in this choice'],
      ["sections.1.options.1.id", 'option id "a" is used twice in this choice'],
    ]);
  });

  it("accepts distinct ids", () => {
    const parsed = ChoiceNodeSchema.parse({
      kind: "choice",
      body: "Pick one",
      sections: [{ options: [option("a"), option("b")] }],
    });
    expect(parsed.sections[0]?.options.map((o) => o.addTags)).toEqual([[], []]);
    expect(parsed.maxTries).toBe(3);
  });
});
