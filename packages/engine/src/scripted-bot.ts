/**
 * A small data-driven bot: steps that send a message and wait for a choice. Pure: (bot, state, inbound)
 * → (new state, messages). The full flow engine replaces it; the demo bot runs on it.
 */
import { z } from "zod";
import { OutboundMessageSchema } from "@switchboard/core";
import type { ChoiceOption, InboundContent, OutboundMessage } from "@switchboard/core";

const StepSchema = z.object({
  /** What to send; `{{name}}` in texts is replaced by saved answers. */
  message: OutboundMessageSchema,
  /** For a choices message: the attribute to store the chosen option's title in. */
  saveAs: z.string().optional(),
  /** Next step after a choice: by option id, or `*` for any option. Absent: the conversation ends. */
  next: z.record(z.string(), z.string()).optional(),
});

export const ScriptedBotSchema = z
  .object({
    name: z.string().min(1),
    /** The step sent when a conversation starts (or restarts with one of `restartWords`). */
    start: z.string(),
    restartWords: z.array(z.string()).default([]),
    steps: z.record(z.string(), StepSchema),
  })
  .superRefine((bot, ctx) => {
    const ids = new Set(Object.keys(bot.steps));
    if (!ids.has(bot.start))
      ctx.addIssue({ code: "custom", path: ["start"], message: `no step named "${bot.start}"` });
    for (const [id, step] of Object.entries(bot.steps)) {
      for (const [option, target] of Object.entries(step.next ?? {})) {
        if (!ids.has(target)) {
          ctx.addIssue({
            code: "custom",
            path: ["steps", id, "next", option],
            message: `no step named "${target}"`,
          });
        }
      }
    }
  });

export type ScriptedBot = z.infer<typeof ScriptedBotSchema>;
export type ScriptedBotInput = z.input<typeof ScriptedBotSchema>;

export const ScriptedBotStateSchema = z.object({
  /** The step whose choice we wait for; null when nothing is pending. */
  waitingOn: z.string().nullable().default(null),
  answers: z.record(z.string(), z.string()).default({}),
});
export type ScriptedBotState = z.infer<typeof ScriptedBotStateSchema>;

export interface ScriptedBotTurn {
  state: ScriptedBotState;
  messages: OutboundMessage[];
}

/** Reacts to one customer message. A tap on an older message's option answers that older step. */
export function advanceScriptedBot(
  bot: ScriptedBot,
  state: ScriptedBotState,
  inbound: InboundContent,
): ScriptedBotTurn {
  if (inbound.kind === "text" && isRestart(bot, inbound.text))
    return enter(bot, bot.start, { waitingOn: null, answers: {} });
  const answer = findAnswer(bot, state, inbound);
  if (answer !== undefined) {
    const step = bot.steps[answer.stepId];
    const answers =
      step?.saveAs === undefined ? state.answers : { ...state.answers, [step.saveAs]: answer.option.title };
    const target = step?.next?.[answer.option.id] ?? step?.next?.["*"];
    if (target === undefined) return { state: { waitingOn: null, answers }, messages: [] };
    return enter(bot, target, { waitingOn: null, answers });
  }
  if (state.waitingOn !== null) return enter(bot, state.waitingOn, state);
  return enter(bot, bot.start, { waitingOn: null, answers: state.answers });
}

function isRestart(bot: ScriptedBot, text: string): boolean {
  const normalized = text.trim().toLowerCase();
  return bot.restartWords.some((word) => word.toLowerCase() === normalized);
}

function enter(bot: ScriptedBot, stepId: string, state: ScriptedBotState): ScriptedBotTurn {
  const step = bot.steps[stepId];
  if (step === undefined) return { state: { ...state, waitingOn: null }, messages: [] };
  const waits = step.message.kind === "choices" && step.next !== undefined;
  return {
    state: { waitingOn: waits ? stepId : null, answers: state.answers },
    messages: [fillPlaceholders(step.message, state.answers)],
  };
}

interface Answer {
  stepId: string;
  option: ChoiceOption;
}

function findAnswer(bot: ScriptedBot, state: ScriptedBotState, inbound: InboundContent): Answer | undefined {
  if (inbound.kind === "choice_reply") {
    // The waiting step first, then any step offering this option id (an older message tapped again).
    const order =
      state.waitingOn === null ? Object.keys(bot.steps) : [state.waitingOn, ...Object.keys(bot.steps)];
    for (const stepId of order) {
      const option = optionsOf(bot, stepId).find((o) => o.id === inbound.optionId);
      if (option !== undefined) return { stepId, option };
    }
    return undefined;
  }
  if (inbound.kind === "text" && state.waitingOn !== null) {
    const typed = inbound.text.trim().toLowerCase();
    const options = optionsOf(bot, state.waitingOn);
    const byNumber = /^\d+$/.test(typed) ? options[Number(typed) - 1] : undefined;
    const option = byNumber ?? options.find((o) => o.title.toLowerCase() === typed);
    if (option !== undefined) return { stepId: state.waitingOn, option };
  }
  return undefined;
}

function optionsOf(bot: ScriptedBot, stepId: string): ChoiceOption[] {
  const message = bot.steps[stepId]?.message;
  return message?.kind === "choices" ? message.sections.flatMap((s) => s.options) : [];
}

function fillPlaceholders(message: OutboundMessage, answers: Record<string, string>): OutboundMessage {
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => answers[name] ?? "");
  switch (message.kind) {
    case "text":
      return { ...message, text: fill(message.text) };
    case "choices":
      return { ...message, body: fill(message.body) };
    default:
      return message;
  }
}
