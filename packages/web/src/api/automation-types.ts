/**
 * The shapes the automation API answers with: keyword rules, the default reply, ref links, WhatsApp
 * templates and the send policy of a channel account (docs/api.md).
 */
import type { FrequencyCap, QuietHours, SendPolicySettings } from "@switchboard/core";
import type { EpochMs } from "./types";

export type { FrequencyCap, QuietHours, SendPolicySettings };

/** What an automation answers with: a text, or a module of the account's published bot. */
export type AutoReply = { kind: "text"; text: string } | { kind: "module"; moduleId: string };

export type KeywordMatch = "exact" | "contains" | "regex";

export interface Keyword {
  match: KeywordMatch;
  value: string;
}

export interface KeywordRule {
  id: string;
  channelAccountId: string;
  name: string;
  keywords: Keyword[];
  reply: AutoReply;
  priority: number;
  enabled: boolean;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

/** Body of creating a rule; every field is optional when changing one. */
export interface KeywordRuleInput {
  name: string;
  keywords: Keyword[];
  reply: AutoReply;
  priority?: number;
  enabled?: boolean;
}

export interface AutomationSettings {
  defaultReply: AutoReply | null;
  sendPolicy: SendPolicySettings;
}

export interface RefLink {
  id: string;
  channelAccountId: string;
  code: string;
  name: string;
  moduleId: string;
  tags: string[];
  /** How many conversations started from this link. */
  entries: number;
  /** `https://wa.me/<number>?text=<code>`. */
  url: string;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export interface RefLinkInput {
  name: string;
  code: string;
  moduleId: string;
  tags?: string[];
}

/** Meta's review states, plus `draft` for one not submitted; other states Meta may add pass through. */
export type TemplateStatus =
  "draft" | "PENDING" | "APPROVED" | "REJECTED" | "PAUSED" | "DISABLED" | (string & {});

export type TemplateCategory = "marketing" | "utility" | "authentication";

export type TemplateHeaderInput =
  | { format: "text"; text: string; examples?: Record<string, string> }
  | { format: "image" | "video" | "gif" | "document"; example: { handle: string } | { url: string } }
  | { format: "location" };

export type TemplateButtonInput =
  | { type: "quick_reply"; text: string }
  | { type: "url"; text: string; url: string; example?: string }
  | { type: "phone_number"; text: string; phoneNumber: string }
  | { type: "otp"; otpType: "copy_code"; text?: string };

/** The template definition the server validates and submits to WhatsApp (positional variables). */
export interface TemplateDefinitionInput {
  name: string;
  language: string;
  category: TemplateCategory;
  header?: TemplateHeaderInput;
  body?: { text: string; examples?: Record<string, string> };
  footer?: { text: string };
  buttons?: TemplateButtonInput[];
  authentication?: { addSecurityRecommendation?: boolean; codeExpirationMinutes?: number };
}

export interface Template {
  id: string;
  channelAccountId: string;
  name: string;
  language: string;
  /** Meta's category in capitals (`UTILITY`), which its review may change. */
  category: string;
  definition: unknown;
  status: TemplateStatus;
  /** Meta's reason for a rejection, pause or disabling. */
  statusReason: string | null;
  providerTemplateId: string | null;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

/** What a sync from WhatsApp brought: every template, and those it could not hold with the reason. */
export interface TemplateSync {
  items: Template[];
  skipped: { name: string; language: string; reason: string }[];
}

/** What the console needs of a bot to offer its modules as replies. */
export interface BotSummary {
  id: string;
  name: string;
  deployments: { channelAccountId: string; versionNumber: number; publishedAt: EpochMs }[];
}

export interface BotModuleSummary {
  id: string;
  name: string;
  kind: string;
}
