import { describe, expect, it } from "vitest";
import type { CommentRule } from "../../../api/comment-rules-api";
import {
  commentRuleDraftOf,
  commentRuleFieldOf,
  commentRuleRequestOf,
  newCommentRuleDraft,
} from "./comment-rule-draft";

const stored: CommentRule = {
  id: "r1",
  channelAccountId: "a1",
  name: "Price",
  postId: "1_2",
  keywords: [{ match: "contains", value: "price" }],
  publicReply: "Check your inbox",
  privateReply: { kind: "text", text: "Our price list" },
  moduleId: "prices",
  tags: ["lead", "price"],
  priority: 2,
  enabled: true,
  createdAt: 1,
  updatedAt: 1,
};

describe("comment rule draft", () => {
  it("sends blank fields as null, no keyword for blank rows, and tags split on commas", () => {
    const draft = { ...newCommentRuleDraft(), name: " All ", publicReply: "Thanks!", tags: "a, b，c,," };
    expect(commentRuleRequestOf(draft)).toEqual({
      name: "All",
      postId: null,
      keywords: [],
      publicReply: "Thanks!",
      privateReply: null,
      moduleId: null,
      tags: ["a", "b", "c"],
      priority: 0,
      enabled: true,
    });
  });

  it("round-trips a stored rule", () => {
    const { id: _id, channelAccountId: _a, createdAt: _c, updatedAt: _u, ...input } = stored;
    expect(commentRuleRequestOf(commentRuleDraftOf(stored))).toEqual(input);
  });

  it("keeps a stored private reply that is not a text until a text is typed", () => {
    const image = {
      kind: "media" as const,
      mediaType: "image" as const,
      source: { url: "https://x.test/a.png" },
    };
    const draft = commentRuleDraftOf({ ...stored, privateReply: image });
    expect(draft.privateReplyText).toBe("");
    expect(commentRuleRequestOf(draft).privateReply).toEqual(image);
    expect(commentRuleRequestOf({ ...draft, privateReplyText: "Hi" }).privateReply).toEqual({
      kind: "text",
      text: "Hi",
    });
  });

  it("places problems next to their fields", () => {
    expect(commentRuleFieldOf("keywords[1].value")).toBe("keyword.1");
    expect(commentRuleFieldOf("privateReply.text")).toBe("privateReply");
    expect(commentRuleFieldOf("tags[0]")).toBe("tags");
    expect(commentRuleFieldOf("publicReply")).toBe("publicReply");
    expect(commentRuleFieldOf("somethingElse")).toBe(undefined);
  });
});
