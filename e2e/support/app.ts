// Starts the built app the way `npm start` does (server, console, simulator, demo number), on a fresh
// SQLite folder or a fresh PostgreSQL database, and a headless Chromium to drive it.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import pg from "pg";
import { startEmbedded } from "../../scripts/embedded.mjs";
import type { EmbeddedApp } from "../../scripts/embedded.mjs";

export type Dialect = "sqlite" | "postgres";

export interface RunningApp {
  app: EmbeddedApp;
  url: string;
  close(): Promise<void>;
}

export async function startApp(dialect: Dialect): Promise<RunningApp> {
  const dataDir = mkdtempSync(join(tmpdir(), "switchboard-e2e-"));
  const admin = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  let databaseUrl: string | undefined;
  const name = `switchboard_e2e_${Date.now().toString(36)}`;
  if (dialect === "postgres") {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE ${name}`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
  }
  const app = await startEmbedded(
    {
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: "silent",
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    { quiet: true, handleSignals: false },
  );
  return {
    app,
    url: app.switchboard.url,
    close: async () => {
      await app.close();
      if (dialect === "postgres") {
        const client = new pg.Client({ connectionString: admin });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      }
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
