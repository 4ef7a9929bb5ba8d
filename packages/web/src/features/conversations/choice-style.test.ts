import { describe, expect, it } from "vitest";
import { resolveChoiceStyle } from "./choice-style";

const option = (title: string, description?: string) =>
  description === undefined ? { id: title, title } : { id: title, title, description };

describe("resolveChoiceStyle", () => {
  it("keeps an explicit style", () => {
    expect(resolveChoiceStyle({ style: "list", sections: [{ options: [option("Yes")] }] })).toBe("list");
    expect(resolveChoiceStyle({ style: "buttons", sections: [{ options: [option("A", "b")] }] })).toBe(
      "buttons",
    );
  });

  it("chooses buttons for up to three short options", () => {
    const sections = [{ options: [option("Yes"), option("No"), option("Call me")] }];
    expect(resolveChoiceStyle({ style: "auto", sections })).toBe("buttons");
  });

  it("chooses a list for more options, descriptions, long titles or section titles", () => {
    const four = [{ options: [option("1"), option("2"), option("3"), option("4")] }];
    expect(resolveChoiceStyle({ style: "auto", sections: four })).toBe("list");
    expect(resolveChoiceStyle({ style: "auto", sections: [{ options: [option("A", "near MTR")] }] })).toBe(
      "list",
    );
    expect(resolveChoiceStyle({ style: "auto", sections: [{ options: [option("x".repeat(21))] }] })).toBe(
      "list",
    );
    expect(
      resolveChoiceStyle({ style: "auto", sections: [{ title: "Hong Kong", options: [option("A")] }] }),
    ).toBe("list");
  });
});
