import { describe, expect, it } from "vitest";
import { newChoiceOption, otherOptionIds, withOptionTitle } from "./choice-options";

describe("choice options", () => {
  it("start empty with a reply id nobody else has", () => {
    expect(newChoiceOption([])).toEqual({ id: "option", title: "", addTags: [], removeTags: [] });
    expect(newChoiceOption(["option"]).id).toBe("option_2");
  });

  it("let the id follow the title until someone types another id", () => {
    const typed = withOptionTitle(newChoiceOption([]), "Book a trial", []);
    expect(typed).toMatchObject({ title: "Book a trial", id: "book_a_trial" });
    expect(withOptionTitle(typed, "Book a free trial", []).id).toBe("book_a_free_trial");
    const handMade = { ...typed, id: "trial" };
    expect(withOptionTitle(handMade, "Trial visit", []).id).toBe("trial");
  });

  it("keep ids unique against the other options", () => {
    expect(withOptionTitle(newChoiceOption(["book"]), "Book", ["book"]).id).toBe("book_2");
    const second = withOptionTitle({ id: "option_2", title: "" }, "Times", ["option"]);
    expect(second.id).toBe("times");
  });

  it("lists the ids of every other option across sections", () => {
    const sections = [{ options: [{ id: "a" }, { id: "b" }] }, { options: [{ id: "c" }] }];
    expect(otherOptionIds(sections, 0, 1)).toEqual(["a", "c"]);
    expect(otherOptionIds(sections, 1, 0)).toEqual(["a", "b"]);
  });
});
