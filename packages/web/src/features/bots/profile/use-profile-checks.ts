/**
 * Live limit problems while the channel profile is written: ~300 ms after the last change the server
 * checks it for Messenger and Instagram. Each problem keeps its path inside the profile and names its
 * platform.
 */
import { useEffect, useState } from "react";
import { useApi } from "../../../api/api-context";
import { checkBotProfile } from "../../../api/bot-profile-api";
import { isAbort } from "../../../api/error-text";
import type { LimitViolation } from "../../../api/types";
import type { BotProfile } from "./profile-edits";

export const PROFILE_CHANNELS = ["messenger", "instagram"] as const;
const DEBOUNCE_MS = 300;

export interface ProfileCheck {
  state: "idle" | "checking" | "done" | "unavailable";
  violations: LimitViolation[];
}

/**
 * Pure: the channels' violations in one list. A limit both platforms share (same path, rule and number)
 * is shown once, naming both platforms.
 */
export function mergeProfileViolations(
  results: readonly { channel: string; violations: readonly LimitViolation[] }[],
): LimitViolation[] {
  const seen = new Map<string, LimitViolation>();
  for (const result of results)
    for (const violation of result.violations) {
      const key = `${violation.path}|${violation.rule}|${violation.limit ?? ""}`;
      const known = seen.get(key);
      if (known === undefined) seen.set(key, violation);
      else if (known.message.includes("Messenger allows") && violation.message.includes("Instagram allows"))
        seen.set(key, {
          ...known,
          message: known.message.replace("Messenger allows", "Messenger and Instagram allow"),
        });
    }
  return [...seen.values()];
}

export function useProfileChecks(profile: BotProfile | undefined): ProfileCheck {
  const api = useApi();
  const key = JSON.stringify(profile ?? null);
  const [answer, setAnswer] = useState<{ key: string; violations: LimitViolation[]; failed: boolean } | null>(
    null,
  );

  useEffect(() => {
    if (profile === undefined) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      checkBotProfile(api, profile, PROFILE_CHANNELS, controller.signal).then(
        (results) => setAnswer({ key, violations: mergeProfileViolations(results), failed: false }),
        (error: unknown) => {
          if (!isAbort(error, controller.signal)) setAnswer({ key, violations: [], failed: true });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for `profile`: the check reruns only when the profile changes.
  }, [api, key]);

  if (profile === undefined) return { state: "idle", violations: [] };
  if (answer === null) return { state: "checking", violations: [] };
  const state = answer.key !== key ? "checking" : answer.failed ? "unavailable" : "done";
  return { state, violations: answer.violations };
}
