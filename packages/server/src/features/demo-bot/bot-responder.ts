/** Runs the bot for a conversation: the pure engine decides, this reads and checks the stored state. */
import { advanceScriptedBot, ScriptedBotStateSchema } from "@switchboard/engine";
import type { ScriptedBot, ScriptedBotState } from "@switchboard/engine";
import type { InboundContent, OutboundMessage } from "@switchboard/core";

export interface BotReply {
  state: ScriptedBotState;
  messages: OutboundMessage[];
}

export class BotResponder {
  constructor(private readonly bot: ScriptedBot) {}

  /** The bot's answer to one customer message, given the conversation's stored bot state. */
  respond(storedState: unknown, content: InboundContent): BotReply {
    if (content.kind === "reaction" || content.kind === "system" || content.kind === "unsupported") {
      return { state: ScriptedBotStateSchema.parse(storedState ?? {}), messages: [] };
    }
    const parsed = ScriptedBotStateSchema.safeParse(storedState ?? {});
    const state = parsed.success ? parsed.data : ScriptedBotStateSchema.parse({});
    return advanceScriptedBot(this.bot, state, content);
  }
}
