/**
 * The channel profile check the bot editor uses for live limit problems (docs/api.md, "Bots"): a bot's
 * greeting, persistent menu and ice breakers against Messenger's and Instagram's limits.
 */
import type { BotProfile } from "@switchboard/engine";
import type { ApiClient } from "./client";
import type { LimitViolation } from "./types";

/** One channel's verdict: every broken limit with its path inside the profile (`persistentMenu[0].items[3].title`). */
export interface ProfileCheckResult {
  channel: string;
  violations: LimitViolation[];
}

export async function checkBotProfile(
  api: ApiClient,
  profile: BotProfile,
  channels: readonly string[],
  signal?: AbortSignal,
): Promise<ProfileCheckResult[]> {
  const body = { profile, channels };
  return (await api.request<{ results: ProfileCheckResult[] }>("POST", "/bots/profile/check", body, signal))
    .results;
}
