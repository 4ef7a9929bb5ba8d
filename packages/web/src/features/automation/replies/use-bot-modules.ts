/** The modules of the bot published on a channel account, offered as replies; empty when there is none. */
import { useEffect, useState } from "react";
import { useAutomationApi } from "../../../api/automation-api";
import type { BotModuleSummary } from "../../../api/automation-types";

export interface PublishedBotModules {
  /** The published bot's name; null while loading, when none is published, or when bots cannot be read. */
  botName: string | null;
  modules: BotModuleSummary[];
}

const noBot: PublishedBotModules = { botName: null, modules: [] };

export function useBotModules(accountId: string): PublishedBotModules {
  const api = useAutomationApi();
  const [state, setState] = useState<PublishedBotModules>(noBot);

  useEffect(() => {
    const controller = new AbortController();
    setState(noBot);
    void (async () => {
      try {
        const bots = await api.listBots(controller.signal);
        const bot = bots.find((item) => item.deployments.some((d) => d.channelAccountId === accountId));
        if (!bot) return;
        const modules = await api.listBotModules(bot.id, controller.signal);
        if (!controller.signal.aborted) setState({ botName: bot.name, modules });
      } catch {
        // Suggestions only: the module id can still be typed.
      }
    })();
    return () => controller.abort();
  }, [api, accountId]);

  return state;
}
