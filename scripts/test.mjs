#!/usr/bin/env node
// `npm test`: checks what the tests need (Chromium, PostgreSQL, Redis), builds, runs every test tier
// (unit, integration on SQLite and PostgreSQL, browser end-to-end) and ends with one summary line.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureChromium, ensurePostgres, ensureRedis } from "./test-prerequisites.mjs";

const problems = [];
for (const check of [ensureChromium, ensurePostgres, ensureRedis]) {
  const problem = await check();
  if (problem !== undefined) problems.push(problem);
}
if (problems.length > 0) {
  console.error(`The tests cannot run yet:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  process.exit(1);
}

run("npm", ["run", "build"]);

const report = join(mkdtempSync(join(tmpdir(), "switchboard-vitest-")), "report.json");
const projects = process.argv.slice(2);
const args = [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...projects,
];
const result = spawnSync("npx", args, { stdio: "inherit" });

if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, "utf8"));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  console.log(
    `${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`,
  );
}
process.exit(result.status ?? 1);

function run(command, commandArgs) {
  const outcome = spawnSync(command, commandArgs, { stdio: "inherit" });
  if (outcome.status !== 0) {
    console.error(`${command} ${commandArgs.join(" ")} failed`);
    process.exit(outcome.status ?? 1);
  }
}
