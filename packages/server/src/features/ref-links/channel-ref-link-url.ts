/**
 * The address of a ref link on its account's channel: wa.me with the code as the prefilled message,
 * m.me / ig.me with the code as `ref`, LINE's oaMessage link with the code as the prefilled message.
 */
import { instagramRefLink, messengerRefLink } from "@switchboard/channels";
import type { LimitViolation, Result } from "@switchboard/core";
import type { ChannelAccount } from "../channel-accounts/channel-account.js";
import { refLinkUrl } from "./ref-link.js";

function fromChannel(result: Result<string, LimitViolation[]>): Result<string, string> {
  return result.ok
    ? result
    : { ok: false, error: result.error.map((violation) => violation.message).join("; ") };
}

/** The link, or why the account cannot have it (a missing setting, a code the platform refuses). */
export function channelRefLinkUrl(
  account: Pick<ChannelAccount, "channel" | "externalId" | "settings">,
  code: string,
): Result<string, string> {
  const { settings } = account;
  const missing = (setting: string, host: string): Result<string, string> => ({
    ok: false,
    error: `settings.${setting}: the channel account has none, and a ref link needs it for its ${host} url`,
  });
  switch (account.channel) {
    case "whatsapp": {
      const url = refLinkUrl(settings.displayPhoneNumber, code);
      return url === undefined ? missing("displayPhoneNumber", "wa.me") : { ok: true, value: url };
    }
    case "messenger":
      return fromChannel(messengerRefLink(settings.pageUsername ?? account.externalId, code));
    case "instagram":
      return settings.instagramUsername === undefined
        ? missing("instagramUsername", "ig.me")
        : fromChannel(instagramRefLink(settings.instagramUsername, code));
    case "line":
      return settings.lineBasicId === undefined
        ? missing("lineBasicId", "line.me")
        : {
            ok: true,
            value: `https://line.me/R/oaMessage/${encodeURIComponent(settings.lineBasicId)}/?${encodeURIComponent(code)}`,
          };
    case "webchat":
      return { ok: false, error: "channel: a web chat has no link that opens it with a code" };
  }
}
