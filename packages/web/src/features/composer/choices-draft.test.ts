import { describe, expect, it } from "vitest";
import {
  buildChoicesMessage,
  newChoicesDraft,
  newOptionDraft,
  withId,
  withTitle,
  type ChoicesDraft,
} from "./choices-draft";

function draftWith(...titles: string[]): ChoicesDraft {
  let draft: ChoicesDraft = { ...newChoicesDraft(), options: titles.map(() => newOptionDraft()) };
  titles.forEach((title, row) => (draft = withTitle(draft, row, title)));
  return draft;
}

describe("the choices draft", () => {
  it("derives unique ids from titles", () => {
    const draft = draftWith("Counter A", "Counter A", "Pacific Place");
    expect(draft.options.map((option) => option.id)).toEqual(["counter_a", "counter_a_2", "pacific_place"]);
  });

  it("keeps an id edited by hand, and gives it back to the title when cleared", () => {
    let draft = withId(draftWith("Yes"), 0, "confirm");
    draft = withTitle(draft, 0, "Yes, book it");
    expect(draft.options[0]?.id).toBe("confirm");
    draft = withId(draft, 0, "");
    expect(draft.options[0]?.id).toBe("yes_book_it");
  });

  it("builds a choices message, skipping blank rows and remembering where each option came from", () => {
    const draft = {
      ...draftWith("Counter A", "", "Counter B"),
      style: "list" as const,
      listButton: "Choose",
    };
    const { message, optionRows } = buildChoicesMessage("Which counter?", draft);
    expect(message).toEqual({
      kind: "choices",
      body: "Which counter?",
      style: "list",
      listButton: "Choose",
      sections: [
        {
          options: [
            { id: "counter_a", title: "Counter A" },
            { id: "counter_b", title: "Counter B" },
          ],
        },
      ],
    });
    expect(optionRows).toEqual([0, 2]);
  });

  it("leaves out the list button for reply buttons", () => {
    const draft = { ...draftWith("Yes", "No"), style: "buttons" as const, listButton: "Ignored" };
    expect(buildChoicesMessage("Confirm?", draft).message).not.toHaveProperty("listButton");
  });

  it("puts an image URL above the body as an image header, trimmed", () => {
    const draft = {
      ...draftWith("Add to order", "Other sizes"),
      style: "buttons" as const,
      headerImageUrl: "  https://shop.example/sneaker.jpg ",
    };
    const { message } = buildChoicesMessage("Cloud Runner, NT$3,280", draft);
    expect(message).toMatchObject({
      kind: "choices",
      header: { type: "image", source: { url: "https://shop.example/sneaker.jpg" } },
      body: "Cloud Runner, NT$3,280",
      style: "buttons",
    });
  });

  it("sends no header while the image URL is blank", () => {
    const draft = { ...draftWith("Yes"), headerImageUrl: "   " };
    expect(buildChoicesMessage("Confirm?", draft).message).not.toHaveProperty("header");
  });
});
