import { describe, expect, it } from "vitest";
import { choicePostbackData, readChoicePostback } from "./choice-postback.js";

describe("choice postback data", () => {
  it.each([
    { id: "slot_tue_1900", title: "週二 19:00" },
    { id: 'a "quoted" id\\', title: "😀 yes" },
    { id: "", title: "" },
  ])("round-trips $id / $title", (option) => {
    expect(readChoicePostback(choicePostbackData(option))).toEqual({
      optionId: option.id,
      title: option.title,
    });
  });

  it("keeps CJK and emoji as they are, so bytes are counted on what LINE receives", () => {
    expect(choicePostbackData({ id: "a", title: "預約 😀" })).toBe('{"choice":"a","title":"預約 😀"}');
  });

  it.each([
    "richmenu=orders",
    "action=buy&item=1",
    '{"choice":"a"}',
    '{"choice":"a","title":"A","extra":1}',
    '{"choice":1,"title":"A"}',
    '["a","A"]',
    "",
  ])("does not read %j as a choice tap", (data) => {
    expect(readChoicePostback(data)).toBeUndefined();
  });
});
