// How style "auto" picks reply buttons or a list, and that nothing is truncated when it does not fit.
import { describe, expect, it } from "vitest";
import { compileWhatsAppMessage } from "./compile-message.js";
import type { Choices } from "./limit-cases.test-support.js";

const auto = (sections: Choices["sections"], patch: Partial<Choices> = {}): Choices => ({
  kind: "choices",
  style: "auto",
  body: "Which store?",
  listButton: "Stores",
  sections,
  ...patch,
});

const option = (id: string, description?: string) => ({
  id,
  title: id.toUpperCase(),
  ...(description === undefined ? {} : { description }),
});

function subtypeOf(message: Choices): string | undefined {
  const result = compileWhatsAppMessage(message);
  if (!result.ok) return `refused: ${result.error.map((v) => v.message).join("; ")}`;
  return result.value.type === "interactive" ? result.value.interactive.type : result.value.type;
}

describe("choices with style auto", () => {
  it.each([
    { name: "1 option", sections: [{ options: [option("a")] }], subtype: "button" },
    {
      name: "3 options",
      sections: [{ options: [option("a"), option("b"), option("c")] }],
      subtype: "button",
    },
    {
      name: "4 options",
      sections: [{ options: [option("a"), option("b"), option("c"), option("d")] }],
      subtype: "list",
    },
    { name: "a description", sections: [{ options: [option("a", "near the station")] }], subtype: "list" },
    { name: "a blank description", sections: [{ options: [option("a", "")] }], subtype: "button" },
    { name: "a section title", sections: [{ title: "Taipei", options: [option("a")] }], subtype: "list" },
    {
      name: "two sections",
      sections: [
        { title: "Taipei", options: [option("a")] },
        { title: "Tainan", options: [option("b")] },
      ],
      subtype: "list",
    },
  ])("$name → $subtype", ({ sections, subtype }) => {
    expect(subtypeOf(auto(sections))).toBe(subtype);
  });

  it("follows an explicit style", () => {
    const sections = [{ options: [option("a")] }];
    expect(subtypeOf({ ...auto(sections), style: "list" })).toBe("list");
    expect(subtypeOf({ ...auto(sections), style: "buttons" })).toBe("button");
  });

  it("reports every violation of a list that does not fit, truncating nothing", () => {
    const options = Array.from({ length: 11 }, (_, i) => ({
      id: `store_${i}`,
      title: `Store number ${i} downtown!`,
    }));
    const message = auto([{ options }], {
      listButton: "",
      header: { type: "image", source: { mediaId: "1" } },
    });
    const result = compileWhatsAppMessage(message);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((v) => `${v.path} ${v.rule}`)).toEqual([
      "header not_allowed",
      "listButton required",
      "sections max_total_items",
      "sections[0].options[10].title max_length",
    ]);
  });
});
