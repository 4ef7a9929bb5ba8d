/** The bot runtime: pure functions from (bot, state, event) to (new state, actions). No I/O. */
export * from "./scripted-bot.js";
