/** Splits a choice with more options than a channel's form holds into several choices that each fit. */
import type { ChoiceOption, LimitViolation, MessageOf } from "@switchboard/core";

type Choices = MessageOf<"choices">;

/** One part: a choice that fits, and where each of its sections and options sits in the original. */
export interface ChoicePart {
  message: Choices;
  /** `origin[s][o]`: the original `[section, option]` of the part's `sections[s].options[o]`. */
  origin: [number, number][][];
}

/** How the options are packed: `unitSize` options of one section per unit, `unitsPerPart` units per part. */
export interface SplitCapacity {
  unitSize: number;
  unitsPerPart: number;
}

interface Unit {
  section: number;
  options: { option: ChoiceOption; index: number }[];
}

function unitsOf(message: Choices, unitSize: number): Unit[] {
  const units: Unit[] = [];
  message.sections.forEach((section, s) => {
    for (let start = 0; start < section.options.length; start += unitSize) {
      const options = section.options
        .slice(start, start + unitSize)
        .map((option, i) => ({ option, index: start + i }));
      units.push({ section: s, options });
    }
  });
  return units;
}

/** The part's sections: consecutive units of one original section merge; its title repeats per part. */
function partOf(message: Choices, units: Unit[], first: boolean, last: boolean): ChoicePart {
  const sections: Choices["sections"] = [];
  const origin: [number, number][][] = [];
  let current: number | undefined;
  for (const unit of units) {
    if (unit.section !== current) {
      current = unit.section;
      const title = message.sections[unit.section]?.title;
      sections.push({ ...(title === undefined ? {} : { title }), options: [] });
      origin.push([]);
    }
    const at = sections.length - 1;
    for (const { option, index } of unit.options) {
      sections[at]?.options.push(option);
      origin[at]?.push([unit.section, index]);
    }
  }
  const { header, footer, fallback: _fallback, ...rest } = message;
  return {
    message: {
      ...rest,
      ...(first && header !== undefined ? { header } : {}),
      ...(last && footer !== undefined ? { footer } : {}),
      sections,
    },
    origin,
  };
}

/**
 * Packs the options in order into parts: each repeats the body (LINE shows it as text or altText); the
 * header goes on the first part and the footer on the last. Options are never reordered or dropped.
 */
export function splitChoices(message: Choices, capacity: SplitCapacity): ChoicePart[] {
  const units = unitsOf(message, capacity.unitSize);
  const parts: ChoicePart[] = [];
  for (let start = 0; start < units.length; start += capacity.unitsPerPart) {
    const slice = units.slice(start, start + capacity.unitsPerPart);
    parts.push(partOf(message, slice, start === 0, start + capacity.unitsPerPart >= units.length));
  }
  return parts;
}

/** Rewrites a part's `sections[s]` / `sections[s].options[o]` paths (and the same words in messages). */
export function toOriginalPaths(violation: LimitViolation, part: ChoicePart): LimitViolation {
  const rewrite = (text: string) =>
    text.replace(/sections\[(\d+)\](\.options\[(\d+)\])?/g, (whole, s: string, tail?: string, o?: string) => {
      const section = part.origin[Number(s)];
      if (section === undefined) return whole;
      const first = section[0];
      if (tail === undefined || o === undefined) return first === undefined ? whole : `sections[${first[0]}]`;
      const at = section[Number(o)];
      return at === undefined ? whole : `sections[${at[0]}].options[${at[1]}]`;
    });
  return { ...violation, path: rewrite(violation.path), message: rewrite(violation.message) };
}
