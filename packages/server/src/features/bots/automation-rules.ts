/**
 * What the bot runtime asks of an account's automation settings: keyword rules, ref links, the default
 * reply and the send policy. Read as a snapshot before the turn's transaction (SQLite has one
 * connection, so nothing may read beside an open transaction), then consulted without I/O.
 */
import type { Transaction } from "kysely";
import type { SendPolicySettings } from "@switchboard/core";
import { matchKeywordRule, matchRefLinkCode } from "@switchboard/engine";
import type { Database } from "../../db/schema.js";
import type { AutomationSettingsRepository } from "../automation/automation-settings.repository.js";
import type { KeywordRuleRepository } from "../automation/keyword-rule.repository.js";
import type { RefLinkRepository } from "../ref-links/ref-link.repository.js";

/** An automatic answer: a text, or a module of the account's published bot. */
export type AutoReplyAction = { kind: "text"; text: string } | { kind: "module"; moduleId: string };

export interface MatchedRefLink {
  id: string;
  moduleId: string;
  tags: readonly string[];
}

export interface AutomationSnapshot {
  keywordRuleFor(text: string): { id: string; reply: AutoReplyAction } | undefined;
  refLinkFor(text: string): MatchedRefLink | undefined;
  defaultReply: AutoReplyAction | null;
  sendPolicy: SendPolicySettings;
}

export interface AutomationRules {
  snapshot(channelAccountId: string): Promise<AutomationSnapshot>;
  recordRefLinkEntry(trx: Transaction<Database>, linkId: string): Promise<void>;
  /** Modules that keyword rules, ref links and the default reply open on these accounts. */
  entryModules(channelAccountIds: readonly string[]): Promise<string[]>;
}

/** The rules as stored, read through the repositories' short per-account caches. */
export class StoredAutomationRules implements AutomationRules {
  constructor(
    private readonly keywordRules: KeywordRuleRepository,
    private readonly refLinks: RefLinkRepository,
    private readonly settings: AutomationSettingsRepository,
  ) {}

  async snapshot(channelAccountId: string): Promise<AutomationSnapshot> {
    const rules = await this.keywordRules.cachedForAccount(channelAccountId);
    const links = await this.refLinks.cachedForAccount(channelAccountId);
    const settings = await this.settings.cached(channelAccountId);
    return {
      keywordRuleFor: (text) => matchKeywordRule(rules, text),
      refLinkFor: (text) => {
        const code = matchRefLinkCode(
          links.map((link) => link.code),
          text,
        );
        return code === undefined ? undefined : links.find((link) => link.code === code);
      },
      defaultReply: settings.defaultReply,
      sendPolicy: settings.sendPolicy,
    };
  }

  async recordRefLinkEntry(trx: Transaction<Database>, linkId: string): Promise<void> {
    await this.refLinks.recordEntry(trx, linkId);
  }

  async entryModules(channelAccountIds: readonly string[]): Promise<string[]> {
    const modules = new Set<string>();
    for (const id of channelAccountIds) {
      for (const rule of await this.keywordRules.listForAccount(id))
        if (rule.reply.kind === "module") modules.add(rule.reply.moduleId);
      for (const link of await this.refLinks.listForAccount(id)) modules.add(link.moduleId);
      const reply = (await this.settings.get(id)).defaultReply;
      if (reply?.kind === "module") modules.add(reply.moduleId);
    }
    return [...modules];
  }
}
