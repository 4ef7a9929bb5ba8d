/** Turns the account form's draft into the body of `POST /api/v1/channel-accounts` for one channel. */
import type { NewChannelAccount } from "../../api/types";
import {
  accountFieldsByChannel,
  settingFields,
  type AccountChannel,
  type AccountDraft,
} from "./account-form-fields";

/**
 * Pure: only the fields the channel's form shows are sent; blank optional settings are left out and a
 * channel without a handshake (LINE) sends no verify token.
 */
export function accountRequest(channel: AccountChannel, draft: AccountDraft): NewChannelAccount {
  const shown = new Set(accountFieldsByChannel[channel].map((spec) => spec.field));
  const settings: NewChannelAccount["settings"] = {};
  for (const field of settingFields) {
    const value = draft[field].trim();
    if (shown.has(field) && value !== "") settings[field] = value;
  }
  return {
    channel,
    name: draft.name.trim(),
    externalId: draft.externalId.trim(),
    settings,
    secrets: {
      accessToken: draft.accessToken.trim(),
      appSecret: draft.appSecret.trim(),
      ...(shown.has("verifyToken") ? { verifyToken: draft.verifyToken } : {}),
    },
  };
}
