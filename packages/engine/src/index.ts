/** The bot runtime: pure functions from (bot, state, event) to (new state, actions). No I/O. */
export * from "./bot/condition-schema.js";
export * from "./bot/choice-node-schema.js";
export * from "./bot/node-schema.js";
export * from "./bot/bot-schema.js";
export * from "./bot/choice-node-message.js";
export * from "./bot/validate-bot.js";
export * from "./bot/module-builder.js";
export * from "./bot/bot-builder.js";
export * from "./runtime/bot-state-schema.js";
export * from "./runtime/bot-action.js";
export type { BotContext } from "./runtime/turn.js";
export * from "./runtime/advance-bot.js";
export * from "./runtime/match-reply.js";
export * from "./runtime/normalize-reply.js";
export * from "./testing/play-conversation.js";
export * from "./triggers/keyword-rule-schema.js";
export * from "./triggers/match-keyword-rule.js";
export * from "./triggers/match-ref-link-code.js";
