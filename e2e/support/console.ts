// Signing in to the console with the admin token, as the first screen asks.
import type { Page } from "playwright-core";
import type { RunningApp } from "./app.js";
import type { AppFixture } from "./suite.js";

/** The window size most console specs use. */
export const CONSOLE_VIEWPORT = { width: 1280, height: 900 };

/** Fills the sign-in screen already open on `page` with the admin token and submits it. */
export async function submitAdminToken(page: Page, running: RunningApp): Promise<void> {
  await page.getByTestId("token-input").fill(running.app.switchboard.adminToken);
  await page.getByTestId("sign-in").click();
}

/** Opens a new page at `path` (the console's own address) and signs in there with the admin token. */
export async function signInWithToken(
  app: AppFixture,
  path = "/",
  viewport: { width: number; height: number } = CONSOLE_VIEWPORT,
): Promise<Page> {
  const page = await app.browser.newPage({ viewport });
  await page.goto(`${app.running.url}${path}`);
  await submitAdminToken(page, app.running);
  return page;
}
