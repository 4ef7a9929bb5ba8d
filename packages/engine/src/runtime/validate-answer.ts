/** Checks a reply to an ask node against its validation and gives the value to store. */
import type { ChoiceOption, InboundContent } from "@switchboard/core";
import type { AnswerValidation } from "../bot/node-schema.js";
import { matchReply } from "./match-reply.js";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The value to store for a valid answer, or undefined for an invalid one. Numbers, phones and dates are
 * stored in a canonical form (`1234.5`, `+886912345678`, `2025-03-09`); a location as `lat,lng`;
 * a choice as the option's title.
 */
export function validateAnswer(
  validation: AnswerValidation,
  content: InboundContent,
  options: readonly ChoiceOption[],
): string | undefined {
  if (validation === "choice") return matchReply(options, content)?.title;
  if (validation === "location")
    return content.kind === "location" ? `${content.latitude},${content.longitude}` : undefined;
  const typed = content.kind === "text" ? content.text : content.kind === "choice_reply" ? content.title : "";
  const text = typed.normalize("NFKC").trim();
  if (text === "") return undefined;
  switch (validation) {
    case "text":
      return text;
    case "number":
      return parseNumber(text);
    case "email":
      return EMAIL.test(text) ? text.toLowerCase() : undefined;
    case "phone":
      return parsePhone(text);
    case "date":
      return parseDate(text);
  }
}

function parseNumber(text: string): string | undefined {
  const plain = text.replace(/[,\s]/g, "");
  return /^-?\d+(\.\d+)?$/.test(plain) ? String(Number(plain)) : undefined;
}

function parsePhone(text: string): string | undefined {
  const plain = text.replace(/[\s\-().]/g, "");
  return /^\+?\d{6,15}$/.test(plain) ? plain : undefined;
}

/** Year first (2025-03-09, 2025/3/9, 2025.03.09); rejects impossible days such as 2025-02-30. */
function parseDate(text: string): string | undefined {
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (match === null) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}
