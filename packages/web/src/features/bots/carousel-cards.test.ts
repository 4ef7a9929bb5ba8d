import { describe, expect, it } from "vitest";
import { newCard, replyIds, switchButtonType, toEditorCards, toMessageCards } from "./carousel-cards";

describe("carousel cards in the editor", () => {
  it("gives a new card a reply button whose id no other card uses", () => {
    const first = newCard([]);
    const second = newCard([first]);
    expect(replyIds([first, second])).toEqual(["option", "option_2"]);
  });

  it("keeps the label when a button switches between reply and link", () => {
    const link = switchButtonType(
      { type: "reply", id: "buy", title: "Buy", addTags: [], removeTags: [] },
      [],
    );
    expect(link).toEqual({ type: "url", title: "Buy", url: "" });
    expect(switchButtonType(link, ["option"])).toMatchObject({ type: "reply", title: "Buy", id: "option_2" });
  });

  it("turns message cards into editor cards and back without change", () => {
    const cards = [
      {
        title: "Primer",
        image: { url: "https://shop.example/p.jpg" },
        buttons: [
          { type: "reply" as const, id: "buy", title: "Buy" },
          { type: "url" as const, title: "Details", url: "https://shop.example/p" },
        ],
      },
    ];
    expect(toMessageCards(toEditorCards(cards))).toEqual(cards);
  });

  it("drops a node's routing when its cards become a message", () => {
    const [card] = toMessageCards([
      {
        title: "A",
        buttons: [{ type: "reply", id: "a", title: "A", goTo: "shop", addTags: ["x"], removeTags: [] }],
      },
    ]);
    expect(card?.buttons).toEqual([{ type: "reply", id: "a", title: "A" }]);
  });
});
