/** What a web chat account must hold: a widget key of its own shape, and "continue on" accounts that can have links. */
import { randomBytes } from "node:crypto";
import { AppError } from "@switchboard/core";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelAccountSettings } from "../channel-accounts/channel-account.js";
import { channelRefLinkUrl } from "../ref-links/channel-ref-link-url.js";

export const WIDGET_KEY_PATTERN = /^wc_[A-Za-z0-9_-]{8,60}$/;

/** A new public widget key: `wc_` and 24 random URL-safe characters. */
export function newWidgetKey(): string {
  return `wc_${randomBytes(18).toString("base64url")}`;
}

/** 422 naming the entry when a "continue on" account does not exist, is web chat, or cannot have links. */
export async function checkContinueOn(
  accounts: Pick<ChannelAccountRepository, "get">,
  settings: ChannelAccountSettings,
): Promise<void> {
  const ids = settings.continueOnAccountIds ?? [];
  for (const [index, id] of ids.entries()) {
    const path = `settings.continueOnAccountIds[${index}]`;
    const account = await accounts.get(id);
    if (account === undefined)
      throw new AppError("invalid_request", 422, `${path}: account ${id} does not exist`, { path });
    if (account.channel === "webchat")
      throw new AppError("invalid_request", 422, `${path}: a web chat cannot continue on another web chat`, {
        path,
      });
    const link = channelRefLinkUrl(account, "WC-TEST0000");
    if (!link.ok) throw new AppError("invalid_request", 422, `${path}: ${link.error}`, { path });
  }
}
