// The template and quick-reply builders on their own: counts the neutral forms never reach through
// `auto` (14 quick replies, 11 carousel columns, a confirm of 3) and the rules that keep columns alike.
import type { LimitViolation } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { quickReply } from "./compile-quick-reply.js";
import {
  buttonsTemplateMessage,
  carouselTemplateMessage,
  confirmTemplateMessage,
  type CarouselColumnInput,
} from "./compile-templates.js";
import type { LineAction } from "./line-message-types.js";

const actions = (n: number): LineAction[] =>
  Array.from({ length: n }, (_, i) => ({ type: "message", label: `A${i}`, text: `A${i}` }));

function collect(build: (violations: LimitViolation[]) => unknown): LimitViolation[] {
  const violations: LimitViolation[] = [];
  build(violations);
  return violations;
}

const column = (i: number, patch: Partial<CarouselColumnInput["column"]> = {}): CarouselColumnInput => ({
  path: `sections[0].options[${i}]`,
  titlePath: `sections[0].options[${i}].title`,
  textPath: `sections[0].options[${i}].description`,
  column: { title: `T${i}`, text: `Text ${i}`, actions: actions(1), ...patch },
});
const columns = (n: number) => Array.from({ length: n }, (_, i) => column(i));

describe("quick reply items", () => {
  it("takes 13 and refuses 14", () => {
    expect(collect((v) => quickReply(v, actions(13), "sections[0].options", "options"))).toEqual([]);
    expect(collect((v) => quickReply(v, actions(14), "sections[0].options", "options"))).toEqual([
      expect.objectContaining({ path: "sections[0].options", rule: "max_items", limit: 13, actual: 14 }),
    ]);
  });
});

describe("confirm template actions", () => {
  it.each([
    [1, "min_items"],
    [3, "max_items"],
  ])("refuses %i actions (%s) and takes 2", (count, rule) => {
    const at = (n: number) =>
      collect((v) =>
        confirmTemplateMessage(v, "Sure?", { actions: actions(n), path: "sections", unit: "options" }),
      );
    expect(at(2)).toEqual([]);
    expect(at(count)).toEqual([expect.objectContaining({ path: "sections", rule, limit: 2, actual: count })]);
  });
});

describe("buttons template actions", () => {
  it("needs at least one", () => {
    const none = collect((v) =>
      buttonsTemplateMessage(v, {}, "Pick", { actions: [], path: "sections[0].options", unit: "options" }),
    );
    expect(none).toEqual([expect.objectContaining({ rule: "min_items", limit: 1, actual: 0 })]);
  });
});

describe("carousel template", () => {
  it("takes 10 columns and refuses 11", () => {
    expect(collect((v) => carouselTemplateMessage(v, "Pick", columns(10), "sections[0].options"))).toEqual(
      [],
    );
    expect(collect((v) => carouselTemplateMessage(v, "Pick", columns(11), "sections[0].options"))).toEqual([
      expect.objectContaining({ path: "sections[0].options", rule: "max_items", limit: 10, actual: 11 }),
    ]);
  });

  it("takes 3 actions per column and refuses 4", () => {
    const at = (n: number) =>
      collect((v) => carouselTemplateMessage(v, "Pick", [column(0, { actions: actions(n) })], "sections"));
    expect(at(3)).toEqual([]);
    expect(at(4)).toEqual([
      expect.objectContaining({ path: "sections[0].options[0]", rule: "max_items", limit: 3, actual: 4 }),
    ]);
  });

  it("column text is 120 without title or image and 60 with one; title is 40", () => {
    const untitled = (text: string) => column(0, { title: undefined, text });
    const at = (input: CarouselColumnInput) =>
      collect((v) => carouselTemplateMessage(v, "Pick", [input], "s"));
    expect(at(untitled("預".repeat(120)))).toEqual([]);
    expect(at(untitled("預".repeat(121)))).toEqual([
      expect.objectContaining({ path: "sections[0].options[0].description", limit: 120, actual: 121 }),
    ]);
    expect(at(column(0, { text: "😀".repeat(30) }))).toEqual([]);
    expect(at(column(0, { text: "😀".repeat(31) }))).toEqual([
      expect.objectContaining({ path: "sections[0].options[0].description", limit: 60, actual: 62 }),
    ]);
    expect(at(column(0, { title: "t".repeat(40) }))).toEqual([]);
    expect(at(column(0, { title: "t".repeat(41) }))).toEqual([
      expect.objectContaining({ path: "sections[0].options[0].title", rule: "max_length", limit: 40 }),
    ]);
  });

  it("needs every column to have as many actions as the first, and the same title and image use", () => {
    const violations = collect((v) =>
      carouselTemplateMessage(
        v,
        "Pick",
        [
          column(0),
          column(1, { actions: actions(2) }),
          column(2, { title: undefined }),
          column(3, { thumbnailImageUrl: "https://cdn.example.com/3.jpg" }),
        ],
        "sections[0].options",
      ),
    );
    expect(violations).toEqual([
      {
        path: "sections[0].options[1]",
        rule: "same_action_count",
        message:
          "sections[0].options[1]: 2 actions, but sections[0].options[0] has 1; LINE needs every carousel column to have the same number",
        limit: 1,
        actual: 2,
      },
      expect.objectContaining({ path: "sections[0].options[2]", rule: "same_layout" }),
      expect.objectContaining({ path: "sections[0].options[3]", rule: "same_layout" }),
    ]);
  });
});
