// Pushes a built Messenger Profile to Meta, or removes fields of it (PLATFORMS.md B6): `POST` and `DELETE`
// `/me/messenger_profile`, with `?platform=instagram` for an Instagram account.
import { z } from "zod";
import {
  fetchMessagingJson,
  messagingEndpoint,
  type MessagingGraphDeps,
  type MessagingTokenAccount,
} from "./fetch-graph.js";
import type { MessengerProfileRequest } from "./messenger-profile.js";

const ResultSchema = z.object({ result: z.string() });

/** Profile fields that can be removed. */
export type MessengerProfileField = "get_started" | "greeting" | "persistent_menu" | "ice_breakers";

function endpoint(deps: MessagingGraphDeps, platform: "Messenger" | "Instagram"): string {
  return messagingEndpoint(
    deps,
    ["me", "messenger_profile"],
    platform === "Instagram" ? { platform: "instagram" } : undefined,
  );
}

/** Sets the fields of `request` (from `buildMessengerProfile`); fields it leaves out stay as they were. Throws ChannelError. */
export async function setMessengerProfile(
  deps: MessagingGraphDeps,
  account: MessagingTokenAccount,
  request: MessengerProfileRequest,
  platform: "Messenger" | "Instagram" = "Messenger",
): Promise<void> {
  await fetchMessagingJson(
    deps,
    account,
    endpoint(deps, platform),
    { method: "POST", json: request },
    ResultSchema,
    platform,
  );
}

/** Removes `fields` (the persistent menu needs Get Started, so remove the menu first or both at once). Throws ChannelError. */
export async function deleteMessengerProfileFields(
  deps: MessagingGraphDeps,
  account: MessagingTokenAccount,
  fields: MessengerProfileField[],
  platform: "Messenger" | "Instagram" = "Messenger",
): Promise<void> {
  const json = { fields };
  await fetchMessagingJson(
    deps,
    account,
    endpoint(deps, platform),
    { method: "DELETE", json },
    ResultSchema,
    platform,
  );
}
