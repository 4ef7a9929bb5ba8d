/**
 * Live limit problems while a node is written: ~300 ms after the last change, each message the node
 * sends is compiled by the server for WhatsApp, Messenger, Instagram, LINE and web chat. WhatsApp's
 * violations come back with their path in the node (shown by the fields); every channel's result feeds the
 * preview.
 */
import { useEffect, useState } from "react";
import { useApi } from "../../../api/api-context";
import { checkMessage } from "../../../api/bots-api";
import { isAbort } from "../../../api/error-text";
import type { MessageCheckResult } from "../../../api/bots-api";
import type { LimitViolation } from "../../../api/types";
import type { NodeMessage } from "../node-messages";
import { violationInNode } from "./violation-in-node";

/** The channels the editor previews while typing; publishing checks the chosen accounts' channels. */
export const PREVIEW_CHANNELS = ["whatsapp", "messenger", "instagram", "line", "webchat"] as const;
export type PreviewChannel = (typeof PREVIEW_CHANNELS)[number];
/** The channel whose limits are shown next to the fields while typing. */
const FIELD_CHANNEL: PreviewChannel = "whatsapp";
const DEBOUNCE_MS = 300;

export type LiveCheckState = "idle" | "checking" | "done" | "unavailable";

export interface LiveCheck {
  state: LiveCheckState;
  /** WhatsApp's, with paths inside the node; kept from the last answer while the next one is on its way. */
  violations: LimitViolation[];
  /** Per message of the node, in order: each channel's result (violations or native payload). */
  results: MessageCheckResult[][];
}

interface Answer {
  key: string;
  violations: LimitViolation[];
  results: MessageCheckResult[][];
  failed: boolean;
}

export function useMessageChecks(messages: readonly NodeMessage[]): LiveCheck {
  const api = useApi();
  const key = JSON.stringify(messages.map((item) => [item.base, item.message]));
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (messages.length === 0) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const checks = messages.map((item) =>
        checkMessage(api, item.message, PREVIEW_CHANNELS, controller.signal),
      );
      Promise.all(checks).then(
        (results) => {
          const violations = results.flatMap((perChannel, index) =>
            perChannel
              .filter((result) => result.channel === FIELD_CHANNEL)
              .flatMap((result) =>
                result.violations.map((violation) => violationInNode(violation, messages[index]?.base ?? "")),
              ),
          );
          setAnswer({ key, violations, results, failed: false });
        },
        (error: unknown) => {
          if (!isAbort(error, controller.signal))
            setAnswer({ key, violations: [], results: [], failed: true });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for `messages`: the check reruns only when what would be sent changes.
  }, [api, key]);

  if (messages.length === 0) return { state: "idle", violations: [], results: [] };
  if (answer === null) return { state: "checking", violations: [], results: [] };
  const state: LiveCheckState = answer.key !== key ? "checking" : answer.failed ? "unavailable" : "done";
  return { state, violations: answer.violations, results: answer.results };
}
