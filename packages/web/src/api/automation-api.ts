/**
 * Typed calls for a channel account's automation: keyword rules, default reply and send policy, ref
 * links and WhatsApp templates. Built on the signed-in client's `request`, so failures throw `ApiError`.
 */
import { useMemo } from "react";
import { useApi } from "./api-context";
import type {
  AutomationSettings,
  BotModuleSummary,
  BotSummary,
  KeywordRule,
  KeywordRuleInput,
  RefLink,
  RefLinkInput,
  Template,
  TemplateDefinitionInput,
  TemplateSync,
} from "./automation-types";
import type { ApiClient } from "./client";

const seg = encodeURIComponent;

export interface AutomationApi {
  /** Highest priority first. */
  listKeywordRules(accountId: string, signal?: AbortSignal): Promise<KeywordRule[]>;
  /** 422 naming `keywords[i].value` when a regex does not compile. */
  createKeywordRule(accountId: string, input: KeywordRuleInput): Promise<KeywordRule>;
  updateKeywordRule(ruleId: string, input: Partial<KeywordRuleInput>): Promise<KeywordRule>;
  deleteKeywordRule(ruleId: string): Promise<void>;
  getAutomation(accountId: string, signal?: AbortSignal): Promise<AutomationSettings>;
  updateAutomation(accountId: string, input: Partial<AutomationSettings>): Promise<AutomationSettings>;
  listRefLinks(accountId: string, signal?: AbortSignal): Promise<RefLink[]>;
  /** 409 `ref_link_code_taken` when another link of the account has the code. */
  createRefLink(accountId: string, input: RefLinkInput): Promise<RefLink>;
  updateRefLink(linkId: string, input: Partial<RefLinkInput>): Promise<RefLink>;
  deleteRefLink(linkId: string): Promise<void>;
  listTemplates(accountId: string, signal?: AbortSignal): Promise<Template[]>;
  /** Validates (422 with every violation), submits to WhatsApp and stores it as PENDING. */
  createTemplate(accountId: string, definition: TemplateDefinitionInput): Promise<Template>;
  deleteTemplate(templateId: string): Promise<void>;
  /** Pulls every template and its status from WhatsApp. */
  syncTemplates(accountId: string): Promise<TemplateSync>;
  listBots(signal?: AbortSignal): Promise<BotSummary[]>;
  /** The modules of a bot's draft. */
  listBotModules(botId: string, signal?: AbortSignal): Promise<BotModuleSummary[]>;
}

/** The automation calls over one API client. */
export function createAutomationApi(client: ApiClient): AutomationApi {
  const { request } = client;
  const account = (id: string, rest: string) => `/channel-accounts/${seg(id)}/${rest}`;
  return {
    async listKeywordRules(accountId, signal) {
      const path = account(accountId, "keyword-rules");
      return (await request<{ items: KeywordRule[] }>("GET", path, undefined, signal)).items;
    },
    async createKeywordRule(accountId, input) {
      return (await request<{ rule: KeywordRule }>("POST", account(accountId, "keyword-rules"), input)).rule;
    },
    async updateKeywordRule(ruleId, input) {
      return (await request<{ rule: KeywordRule }>("PATCH", `/keyword-rules/${seg(ruleId)}`, input)).rule;
    },
    async deleteKeywordRule(ruleId) {
      await request<{ ok: true }>("DELETE", `/keyword-rules/${seg(ruleId)}`);
    },
    getAutomation(accountId, signal) {
      return request<AutomationSettings>("GET", account(accountId, "automation"), undefined, signal);
    },
    updateAutomation(accountId, input) {
      return request<AutomationSettings>("PATCH", account(accountId, "automation"), input);
    },
    async listRefLinks(accountId, signal) {
      const path = account(accountId, "ref-links");
      return (await request<{ items: RefLink[] }>("GET", path, undefined, signal)).items;
    },
    async createRefLink(accountId, input) {
      return (await request<{ link: RefLink }>("POST", account(accountId, "ref-links"), input)).link;
    },
    async updateRefLink(linkId, input) {
      return (await request<{ link: RefLink }>("PATCH", `/ref-links/${seg(linkId)}`, input)).link;
    },
    async deleteRefLink(linkId) {
      await request<{ ok: true }>("DELETE", `/ref-links/${seg(linkId)}`);
    },
    async listTemplates(accountId, signal) {
      const path = account(accountId, "templates");
      return (await request<{ items: Template[] }>("GET", path, undefined, signal)).items;
    },
    async createTemplate(accountId, definition) {
      const path = account(accountId, "templates");
      return (await request<{ template: Template }>("POST", path, definition)).template;
    },
    async deleteTemplate(templateId) {
      await request<{ ok: true }>("DELETE", `/templates/${seg(templateId)}`);
    },
    async syncTemplates(accountId) {
      const answer = await request<Partial<TemplateSync>>("POST", account(accountId, "templates/sync"));
      return { items: answer.items ?? [], skipped: answer.skipped ?? [] };
    },
    async listBots(signal) {
      return (await request<{ items: BotSummary[] }>("GET", "/bots", undefined, signal)).items;
    },
    async listBotModules(botId, signal) {
      const path = `/bots/${seg(botId)}`;
      const answer = await request<{ bot: { draft: { modules: BotModuleSummary[] } } }>(
        "GET",
        path,
        undefined,
        signal,
      );
      return answer.bot.draft.modules.map(({ id, name, kind }) => ({ id, name, kind }));
    },
  };
}

/** The automation calls of the signed-in console. Only inside `ApiProvider`. */
export function useAutomationApi(): AutomationApi {
  const client = useApi();
  return useMemo(() => createAutomationApi(client), [client]);
}

/** The address of a ref link's QR image; `?token=` lets an `<img>` or a download link carry the session. */
export function refLinkQrUrl(
  linkId: string,
  format: "png" | "svg",
  token: string | null,
  download = false,
): string {
  const params = new URLSearchParams();
  if (download) params.set("download", "1");
  if (token !== null) params.set("token", token);
  const query = params.toString();
  return `/api/v1/ref-links/${seg(linkId)}/qr.${format}${query === "" ? "" : `?${query}`}`;
}
