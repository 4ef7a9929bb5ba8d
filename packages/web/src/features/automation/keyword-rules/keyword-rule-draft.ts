/** The keyword rule form's state, the request it sends, and which field a problem's path belongs to. */
import type { KeywordMatch, KeywordRule, KeywordRuleInput } from "../../../api/automation-types";
import {
  autoReplyDraftOf,
  autoReplyOf,
  replyFieldOf,
  type AutoReplyDraft,
  type ReplyField,
} from "../replies/auto-reply-draft";

export interface KeywordDraft {
  match: KeywordMatch;
  value: string;
}

export interface KeywordRuleDraft {
  name: string;
  /** Every row is sent, blank ones included, so a problem's index is the row's. */
  keywords: KeywordDraft[];
  /** Only text or module: a rule always answers. */
  reply: AutoReplyDraft;
  /** As typed in the number input. */
  priority: string;
  enabled: boolean;
}

export const keywordMatches: readonly KeywordMatch[] = ["contains", "exact", "regex"];

export function newKeywordRuleDraft(): KeywordRuleDraft {
  return {
    name: "",
    keywords: [{ match: "contains", value: "" }],
    reply: { kind: "text", text: "", moduleId: "" },
    priority: "0",
    enabled: true,
  };
}

/** Pure: a stored rule → the form, to edit it. */
export function keywordRuleDraftOf(rule: KeywordRule): KeywordRuleDraft {
  return {
    name: rule.name,
    keywords: rule.keywords.map((keyword) => ({ ...keyword })),
    reply: autoReplyDraftOf(rule.reply),
    priority: String(rule.priority),
    enabled: rule.enabled,
  };
}

/**
 * Pure: the form → the create (or full update) body. Exact and contains keywords are trimmed; a regex is
 * sent as written. A blank priority means 0; anything else is sent as the number typed, for the server
 * to judge.
 */
export function keywordRuleRequestOf(draft: KeywordRuleDraft): KeywordRuleInput {
  const reply = autoReplyOf(draft.reply) ?? { kind: "text", text: "" };
  return {
    name: draft.name.trim(),
    keywords: keywordsRequestOf(draft.keywords),
    reply,
    priority: priorityRequestOf(draft.priority),
    enabled: draft.enabled,
  };
}

/** Pure: the keyword rows as sent; exact and contains keywords are trimmed, a regex is sent as written. */
export function keywordsRequestOf(keywords: readonly KeywordDraft[]): KeywordDraft[] {
  return keywords.map(({ match, value }) => ({ match, value: match === "regex" ? value : value.trim() }));
}

/** Pure: a typed priority as sent; blank means 0, anything else is the number typed, for the server to judge. */
export function priorityRequestOf(typed: string): number {
  return typed.trim() === "" ? 0 : Number(typed);
}

/** Pure: whether a `keyword.N` field's row is still on the form; undefined for every other field. */
export function keywordRowShown(field: string, rows: number): boolean | undefined {
  const row = /^keyword\.(\d+)$/.exec(field);
  return row ? Number(row[1]) < rows : undefined;
}

export type KeywordRuleField =
  "name" | "keywords" | `keyword.${number}` | "priority" | "enabled" | ReplyField;

/** Pure: a problem's path (`keywords[2].value`, `reply.text`) → the field that shows it. */
export function keywordRuleFieldOf(path: string): KeywordRuleField | undefined {
  if (path === "name" || path === "priority" || path === "enabled" || path === "keywords") return path;
  const keyword = /^keywords\[(\d+)\]/.exec(path);
  if (keyword) return `keyword.${Number(keyword[1])}`;
  return replyFieldOf(path, "reply");
}
