/** Starts Switchboard from the environment: `node dist/main.js` (ROLE=all | api | worker). */
import { startSwitchboard } from "./app.js";
import { readConfig } from "./config.js";

const result = readConfig();
if (!result.ok) {
  console.error(
    `Switchboard cannot start; fix these settings:\n${result.problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  process.exit(1);
}
const switchboard = await startSwitchboard(result.config);
console.log(`Switchboard (${result.config.ROLE}) is running at ${switchboard.url}`);
console.log(`Admin token: ${switchboard.adminToken}`);

const shutdown = () => {
  switchboard.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
