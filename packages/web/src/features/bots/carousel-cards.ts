/**
 * Cards of a carousel as the editor holds them: the carousel node's shape (reply buttons may carry a
 * go-to and tags), turned into and from the neutral message's cards, plus new cards and buttons.
 */
import type { MessageOf } from "../../api/bots-api";
import type { CarouselNodeCard } from "@switchboard/engine";
import { optionIdFromTitle } from "../composer/option-id";

export type EditorCard = CarouselNodeCard;
export type EditorButton = EditorCard["buttons"][number];
type MessageCard = MessageOf<"carousel">["cards"][number];

/** Pure: every reply id of the cards, except the button at `[card, button]` when given. */
export function replyIds(cards: readonly EditorCard[], except?: readonly [number, number]): string[] {
  return cards.flatMap((card, c) =>
    card.buttons.flatMap((button, b) =>
      button.type === "reply" && (except === undefined || except[0] !== c || except[1] !== b)
        ? [button.id]
        : [],
    ),
  );
}

/** Pure: an empty card with one reply button whose id is not taken. */
export function newCard(cards: readonly EditorCard[]): EditorCard {
  return { title: "", buttons: [newReplyButton(replyIds(cards))] };
}

export function newReplyButton(takenIds: readonly string[]): EditorButton {
  return { type: "reply", id: optionIdFromTitle("", takenIds), title: "", addTags: [], removeTags: [] };
}

export function newUrlButton(): EditorButton {
  return { type: "url", title: "", url: "" };
}

/** Pure: a button of the other type, keeping its label. */
export function switchButtonType(button: EditorButton, takenIds: readonly string[]): EditorButton {
  if (button.type === "url") return { ...newReplyButton(takenIds), title: button.title };
  return { ...newUrlButton(), title: button.title };
}

/** Pure: the neutral cards as editor cards (reply buttons without routing). */
export function toEditorCards(cards: readonly MessageCard[]): EditorCard[] {
  return cards.map((card) => ({
    ...card,
    buttons: card.buttons.map((button) =>
      button.type === "reply" ? { ...button, addTags: [], removeTags: [] } : button,
    ),
  }));
}

/** Pure: editor cards as the neutral message's cards (routing dropped: a message does not route). */
export function toMessageCards(cards: readonly EditorCard[]): MessageCard[] {
  return cards.map((card) => ({
    ...card,
    buttons: card.buttons.map((button) =>
      button.type === "reply" ? { type: "reply" as const, id: button.id, title: button.title } : button,
    ),
  }));
}
