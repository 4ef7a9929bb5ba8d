/**
 * "Continue on WhatsApp / Messenger / LINE": the accounts a web chat offers, and a link with a fresh
 * one-time code bound to the visitor (the prefilled message on WhatsApp and LINE, the `ref` on Messenger).
 */
import { AppError } from "@switchboard/core";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelAccount } from "../channel-accounts/channel-account.js";
import { channelRefLinkUrl } from "../ref-links/channel-ref-link-url.js";
import { CONTINUE_CODE_TTL_MS, continuePrefill, newContinueCode } from "./continue-code.js";
import type { ContinueCodeRepository } from "./continue-code.repository.js";

export interface ContinueTarget {
  accountId: string;
  channel: string;
  name: string;
}

/** Channels whose link carries the code as a `ref` rather than as a typed message. */
const REF_CHANNELS = new Set(["messenger", "instagram"]);

export class ContinueLinks {
  constructor(
    private readonly accounts: Pick<ChannelAccountRepository, "get">,
    private readonly codes: ContinueCodeRepository,
  ) {}

  /** The accounts the web chat offers that exist and can have a link, in the order configured. */
  async targets(webchat: ChannelAccount): Promise<ContinueTarget[]> {
    const targets: ContinueTarget[] = [];
    for (const id of webchat.settings.continueOnAccountIds ?? []) {
      const account = await this.accounts.get(id);
      if (account === undefined || !channelRefLinkUrl(account, "WC-TEST0000").ok) continue;
      targets.push({ accountId: account.id, channel: account.channel, name: account.name });
    }
    return targets;
  }

  /** A link to `accountId` whose code joins the visitor with whoever arrives there with it. */
  async create(
    webchat: ChannelAccount,
    visitorExternalId: string,
    accountId: string,
    language: "en" | "zh-TW",
  ): Promise<{ url: string; code: string }> {
    const offered = (await this.targets(webchat)).some((target) => target.accountId === accountId);
    const target = offered ? await this.accounts.get(accountId) : undefined;
    if (target === undefined)
      throw new AppError("not_found", 404, `accountId: the web chat offers no account ${accountId}`, {
        path: "accountId",
      });
    const code = newContinueCode();
    const carried = REF_CHANNELS.has(target.channel) ? code : continuePrefill(code, language);
    const url = channelRefLinkUrl(target, carried);
    if (!url.ok) throw new AppError("invalid_request", 422, `accountId: ${url.error}`, { path: "accountId" });
    await this.codes.create({
      code,
      channelAccountId: webchat.id,
      visitorExternalId,
      targetAccountId: target.id,
      expiresAt: Date.now() + CONTINUE_CODE_TTL_MS,
    });
    return { url: url.value, code };
  }
}
