/**
 * Live limit problems while a node is written: ~300 ms after the last change, each message the node
 * sends is compiled by the server for WhatsApp, and every violation comes back with its path in the node.
 */
import { useEffect, useState } from "react";
import { useApi } from "../../../api/api-context";
import { checkMessage } from "../../../api/bots-api";
import { isAbort } from "../../../api/error-text";
import type { LimitViolation } from "../../../api/types";
import type { NodeMessage } from "../node-messages";
import { violationInNode } from "./violation-in-node";

/** The channels the editor checks against while typing; publishing checks the chosen accounts' channels. */
const LIVE_CHANNELS = ["whatsapp"];
const DEBOUNCE_MS = 300;

export type LiveCheckState = "idle" | "checking" | "done" | "unavailable";

export interface LiveCheck {
  state: LiveCheckState;
  /** Paths inside the node; kept from the last answer while the next one is on its way. */
  violations: LimitViolation[];
}

export function useMessageChecks(messages: readonly NodeMessage[]): LiveCheck {
  const api = useApi();
  const key = JSON.stringify(messages.map((item) => [item.base, item.message]));
  const [answer, setAnswer] = useState<{ key: string; violations: LimitViolation[]; failed: boolean } | null>(
    null,
  );

  useEffect(() => {
    if (messages.length === 0) return;
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      const checks = messages.map(async (item) => {
        const results = await checkMessage(api, item.message, LIVE_CHANNELS, controller.signal);
        return results.flatMap((result) =>
          result.violations.map((violation) => violationInNode(violation, item.base)),
        );
      });
      Promise.all(checks).then(
        (lists) => setAnswer({ key, violations: lists.flat(), failed: false }),
        (error: unknown) => {
          if (!isAbort(error, controller.signal)) setAnswer({ key, violations: [], failed: true });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
    // `key` stands for `messages`: the check reruns only when what would be sent changes.
  }, [api, key]);

  if (messages.length === 0) return { state: "idle", violations: [] };
  if (answer === null) return { state: "checking", violations: [] };
  const state: LiveCheckState = answer.key !== key ? "checking" : answer.failed ? "unavailable" : "done";
  return { state, violations: answer.violations };
}
