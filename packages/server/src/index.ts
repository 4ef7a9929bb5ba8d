/** The server package: start Switchboard with a configuration (the composition root is app.ts). */
export { startSwitchboard } from "./app.js";
export type { Switchboard, SwitchboardOptions } from "./app.js";
export { readConfig } from "./config.js";
export type { Config } from "./config.js";
export { seedDemo } from "./features/demo-bot/seed-demo.js";
export { demoBotDefinition } from "./features/demo-bot/demo-bot.js";
