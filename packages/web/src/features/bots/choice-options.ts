/** Options of a choice node: new ones get a free reply id, and the id follows the title until edited. */
import type { ChoiceNodeOption } from "../../api/bots-api";
import { optionIdFromTitle } from "../composer/option-id";

/** Pure: an empty option whose id is not yet taken (`option`, `option_2`…). */
export function newChoiceOption(takenIds: readonly string[]): ChoiceNodeOption {
  return { id: optionIdFromTitle("", takenIds), title: "", addTags: [], removeTags: [] };
}

/**
 * Pure: the option with a new title. While its id is still the one the old title gave (nobody typed
 * another), the id follows the new title; an id typed by hand is kept.
 */
export function withOptionTitle<O extends { id: string; title: string }>(
  option: O,
  title: string,
  otherIds: readonly string[],
): O {
  const stem = optionIdFromTitle(option.title);
  const followsTitle =
    option.id === optionIdFromTitle(option.title, otherIds) ||
    (option.id.startsWith(stem) && /^(_\d+)?$/.test(option.id.slice(stem.length)));
  return followsTitle ? { ...option, title, id: optionIdFromTitle(title, otherIds) } : { ...option, title };
}

/** Pure: every option id of the sections except the one at `[section, option]`. */
export function otherOptionIds(
  sections: readonly { options: readonly { id: string }[] }[],
  section: number,
  option: number,
): string[] {
  return sections.flatMap((current, s) =>
    current.options.filter((_, o) => s !== section || o !== option).map((candidate) => candidate.id),
  );
}
