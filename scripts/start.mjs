#!/usr/bin/env node
// `npm start`: builds what changed, then runs Switchboard on its embedded default — SQLite in DATA_DIR, the
// SQL job queue, the console at `/`, and the platform simulator at `/simulator` with a demo WhatsApp number,
// Facebook page, LINE channel and web chat (its demo shop page at /webchat/demo) whose bot books make-up trials. Set SIMULATOR=off to talk to the real Graph API instead.
import { spawnSync } from "node:child_process";

const build = spawnSync("npm", ["run", "build", "--silent"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const { startEmbedded } = await import("./embedded.mjs");
await startEmbedded(process.env);
