/** The comment rule form's state, the request it sends, and which field a problem's path belongs to. */
import type { OutboundMessage } from "@switchboard/core";
import type { CommentRule, CommentRuleInput } from "../../../api/comment-rules-api";
import { keywordsRequestOf, priorityRequestOf, type KeywordDraft } from "../keyword-rules/keyword-rule-draft";

export interface CommentRuleDraft {
  name: string;
  /** Blank: every post. */
  postId: string;
  /** All blank: every comment. */
  keywords: KeywordDraft[];
  publicReply: string;
  /** The private reply's text; blank: none. */
  privateReplyText: string;
  /** A stored private reply that is not a text (sent through the API): kept until a text is typed. */
  otherPrivateReply: OutboundMessage | null;
  moduleId: string;
  /** Comma-separated, as typed. */
  tags: string;
  /** As typed in the number input. */
  priority: string;
  enabled: boolean;
}

export function newCommentRuleDraft(): CommentRuleDraft {
  return {
    name: "",
    postId: "",
    keywords: [{ match: "contains", value: "" }],
    publicReply: "",
    privateReplyText: "",
    otherPrivateReply: null,
    moduleId: "",
    tags: "",
    priority: "0",
    enabled: true,
  };
}

/** Pure: a stored rule → the form, to edit it. */
export function commentRuleDraftOf(rule: CommentRule): CommentRuleDraft {
  const reply = rule.privateReply;
  return {
    name: rule.name,
    postId: rule.postId ?? "",
    keywords:
      rule.keywords.length === 0
        ? [{ match: "contains", value: "" }]
        : rule.keywords.map((keyword) => ({ ...keyword })),
    publicReply: rule.publicReply ?? "",
    privateReplyText: reply?.kind === "text" ? reply.text : "",
    otherPrivateReply: reply !== null && reply.kind !== "text" ? reply : null,
    moduleId: rule.moduleId ?? "",
    tags: rule.tags.join(", "),
    priority: String(rule.priority),
    enabled: rule.enabled,
  };
}

const blankToNull = (value: string): string | null => (value.trim() === "" ? null : value.trim());

/**
 * Pure: the form → the create (or full update) body. Blank fields are null (every post, no reply, no
 * module); when every keyword row is blank the rule answers every comment. Tags are split on commas.
 */
export function commentRuleRequestOf(draft: CommentRuleDraft): CommentRuleInput {
  const everyComment = draft.keywords.every((keyword) => keyword.value.trim() === "");
  const text = draft.privateReplyText.trim();
  return {
    name: draft.name.trim(),
    postId: blankToNull(draft.postId),
    keywords: everyComment ? [] : keywordsRequestOf(draft.keywords),
    publicReply: blankToNull(draft.publicReply),
    privateReply: text !== "" ? { kind: "text", text } : draft.otherPrivateReply,
    moduleId: blankToNull(draft.moduleId),
    tags: draft.tags
      .split(/[,，]/)
      .map((tag) => tag.trim())
      .filter((tag) => tag !== ""),
    priority: priorityRequestOf(draft.priority),
    enabled: draft.enabled,
  };
}

export type CommentRuleField =
  | "name"
  | "postId"
  | "keywords"
  | `keyword.${number}`
  | "publicReply"
  | "privateReply"
  | "moduleId"
  | "tags"
  | "priority"
  | "enabled";

/** Pure: a problem's path (`keywords[2].value`, `privateReply.text`, `tags[0]`) → the field that shows it. */
export function commentRuleFieldOf(path: string): CommentRuleField | undefined {
  const keyword = /^keywords\[(\d+)\]/.exec(path);
  if (keyword) return `keyword.${Number(keyword[1])}`;
  const head = /^[A-Za-z]+/.exec(path)?.[0];
  const fields: readonly CommentRuleField[] = [
    "name",
    "postId",
    "keywords",
    "publicReply",
    "privateReply",
    "moduleId",
    "tags",
    "priority",
    "enabled",
  ];
  return fields.find((field) => field === head);
}
