// One running app and one headless Chromium per describe block: started before its tests, closed after
// them, on SQLite or on PostgreSQL.
import { afterAll, beforeAll } from "vitest";
import type { Browser } from "playwright-core";
import { adminApi } from "./admin-api.js";
import type { AdminApi } from "./admin-api.js";
import { launchBrowser, startApp } from "./app.js";
import type { Dialect, RunningApp } from "./app.js";

/** The databases the cross-dialect specs run on, for `describe.each(dialects)`. */
export const dialects: Dialect[] = ["sqlite", "postgres"];

/** What a describe block's tests use; read it inside tests and hooks, once `beforeAll` has run. */
export interface AppFixture {
  readonly running: RunningApp;
  readonly browser: Browser;
  /** Calls the app's HTTP API with the admin token. */
  readonly api: AdminApi;
}

/**
 * Registers `beforeAll` (start the app on `dialect`, launch the browser) and `afterAll` (close both) in
 * the calling describe block. Hooks a spec registers after this call run once the app is up.
 */
export function useRunningApp(dialect: Dialect = "sqlite"): AppFixture {
  let running: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    running = await startApp(dialect);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started yet: use it inside a test or a hook`);
    return value;
  };
  return {
    get running() {
      return started(running, "the app");
    },
    get browser() {
      return started(browser, "the browser");
    },
    api: (method, path, body) => adminApi(started(running, "the app"))(method, path, body),
  };
}
