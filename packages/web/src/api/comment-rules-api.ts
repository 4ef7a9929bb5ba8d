/**
 * Typed calls for comment replies of a Facebook Page or Instagram account: the rules, and the comments
 * received with what was answered. Failures throw `ApiError` (422 `comment_rule_invalid` naming the field).
 */
import { useMemo } from "react";
import type { OutboundMessage } from "@switchboard/core";
import { useApi } from "./api-context";
import type { KeywordMatch } from "./automation-types";
import type { ApiClient } from "./client";
import type { EpochMs } from "./types";

export interface CommentRule {
  id: string;
  channelAccountId: string;
  name: string;
  /** A post or media id; null: every post. */
  postId: string | null;
  /** Empty: every comment. */
  keywords: { match: KeywordMatch; value: string }[];
  publicReply: string | null;
  privateReply: OutboundMessage | null;
  /** Opened when the customer answers the private reply. */
  moduleId: string | null;
  tags: string[];
  priority: number;
  enabled: boolean;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export type CommentRuleInput = Omit<CommentRule, "id" | "channelAccountId" | "createdAt" | "updatedAt">;

export interface HandledComment {
  id: string;
  commentId: string;
  postId: string;
  commenterName: string | null;
  text: string;
  commentedAt: EpochMs;
  ruleId: string | null;
  publicReply: { status: "none" | "pending" | "sent" | "failed"; error: string | null };
  privateReply: { status: "none" | "pending" | "sent" | "refused" | "failed"; error: string | null };
  module: { id: string | null; status: "none" | "waiting" | "opened" };
}

export interface CommentRulesApi {
  listCommentRules(accountId: string, signal?: AbortSignal): Promise<CommentRule[]>;
  createCommentRule(accountId: string, input: CommentRuleInput): Promise<CommentRule>;
  updateCommentRule(id: string, input: Partial<CommentRuleInput>): Promise<CommentRule>;
  deleteCommentRule(id: string): Promise<void>;
  listHandledComments(accountId: string, signal?: AbortSignal): Promise<HandledComment[]>;
}

const seg = encodeURIComponent;

export function createCommentRulesApi(client: ApiClient): CommentRulesApi {
  const { request } = client;
  return {
    async listCommentRules(accountId, signal) {
      const path = `/channel-accounts/${seg(accountId)}/comment-rules`;
      return (await request<{ items: CommentRule[] }>("GET", path, undefined, signal)).items;
    },
    async createCommentRule(accountId, input) {
      const path = `/channel-accounts/${seg(accountId)}/comment-rules`;
      return (await request<{ rule: CommentRule }>("POST", path, input)).rule;
    },
    async updateCommentRule(id, input) {
      return (await request<{ rule: CommentRule }>("PATCH", `/comment-rules/${seg(id)}`, input)).rule;
    },
    async deleteCommentRule(id) {
      await request<{ ok: true }>("DELETE", `/comment-rules/${seg(id)}`);
    },
    async listHandledComments(accountId, signal) {
      const path = `/channel-accounts/${seg(accountId)}/handled-comments?limit=20`;
      return (await request<{ items: HandledComment[] }>("GET", path, undefined, signal)).items;
    },
  };
}

/** The comment reply calls of the signed-in console. Only inside `ApiProvider`. */
export function useCommentRulesApi(): CommentRulesApi {
  const client = useApi();
  return useMemo(() => createCommentRulesApi(client), [client]);
}
