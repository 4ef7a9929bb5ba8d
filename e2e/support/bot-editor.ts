// The console's bot editor: a new bot's draft and the nodes added to its modules.
import type { Page } from "playwright-core";

/** From anywhere in the signed-in console, creates a bot named `name` and waits for its editor. */
export async function createBot(page: Page, name: string): Promise<void> {
  await page.getByTestId("nav-bots").click();
  await page.getByTestId("bot-name-input").fill(name);
  await page.getByTestId("bot-create").click();
  await page.getByTestId("bot-editor").waitFor();
}

/** Adds a node of `kind` to the module open in the editor. */
export async function addNode(page: Page, kind: string): Promise<void> {
  await page.getByTestId("node-kind-select").selectOption(kind);
  await page.getByTestId("node-add").click();
}
