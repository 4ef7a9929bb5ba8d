/** The channel accounts a bot can be published on, and which bot each of them runs now. */
import { useEffect, useState } from "react";
import { useApi } from "../../../api/api-context";
import { listBots } from "../../../api/bots-api";
import { errorText, isAbort } from "../../../api/error-text";
import type { ChannelAccount } from "../../../api/types";
import { runningBots, type RunningBot } from "./running-bots";

export function usePublishTargets(reloadKey: number): {
  accounts: ChannelAccount[] | null;
  running: Map<string, RunningBot>;
  error: string | null;
} {
  const api = useApi();
  const [accounts, setAccounts] = useState<ChannelAccount[] | null>(null);
  const [running, setRunning] = useState<Map<string, RunningBot>>(new Map());
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    Promise.all([api.listChannelAccounts(controller.signal), listBots(api, controller.signal)]).then(
      ([loadedAccounts, bots]) => {
        setAccounts(loadedAccounts);
        setRunning(runningBots(bots));
        setError(null);
      },
      (cause: unknown) => {
        if (!isAbort(cause, controller.signal)) setError(errorText(cause));
      },
    );
    return () => controller.abort();
  }, [api, reloadKey]);

  return { accounts, running, error };
}
