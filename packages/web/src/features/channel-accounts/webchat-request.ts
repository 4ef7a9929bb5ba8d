/** The web chat part of the account form: its draft, the request it sends, and the script tag to embed. */
import type { ChannelAccount, NewChannelAccount } from "../../api/types";

export interface WebchatDraft {
  name: string;
  /** One origin per line (or separated by commas or spaces). */
  origins: string;
  continueOnAccountIds: string[];
  /** The identity secret the website signs user ids with. */
  appSecret: string;
}

/** Pure: the origins written in the form, trimmed, without a trailing slash, blank ones left out. */
export function parseOrigins(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((origin) => origin.trim().replace(/\/+$/, ""))
    .filter((origin) => origin !== "");
}

/** Pure: the body of `POST /api/v1/channel-accounts` for a web chat (the server makes the widget key). */
export function webchatRequest(draft: WebchatDraft): NewChannelAccount {
  const origins = parseOrigins(draft.origins);
  return {
    channel: "webchat",
    name: draft.name.trim(),
    settings: {
      ...(origins.length > 0 ? { allowedOrigins: origins } : {}),
      ...(draft.continueOnAccountIds.length > 0 ? { continueOnAccountIds: draft.continueOnAccountIds } : {}),
    },
    secrets: { appSecret: draft.appSecret.trim() },
  };
}

/** Pure: the server's own address, from the account's webhook URL (`…/webhooks/webchat`). */
export function serverBase(account: Pick<ChannelAccount, "webhookUrl">, pageOrigin: string): string {
  const absolute = new URL(account.webhookUrl, pageOrigin);
  return `${absolute.origin}${absolute.pathname.replace(/\/webhooks\/webchat\/?$/, "")}`;
}

/** Pure: the one tag a website embeds to show the chat button. */
export function scriptTag(
  account: Pick<ChannelAccount, "webhookUrl" | "externalId">,
  pageOrigin: string,
): string {
  return `<script src="${serverBase(account, pageOrigin)}/webchat/widget.js" data-key="${account.externalId}" async></script>`;
}
