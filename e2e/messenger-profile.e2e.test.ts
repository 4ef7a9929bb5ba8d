// A bot's channel profile built in the console: a greeting and a persistent menu item that opens a module
// (with a live limit check on its title), published on the demo Messenger page; the simulator's Messenger
// phone shows the greeting and the menu, and tapping the item runs the module.
import { beforeAll, describe, expect, it } from "vitest";
import { accountIdOn } from "./support/admin-api.js";
import { addNode, createBot } from "./support/bot-editor.js";
import { signInWithToken } from "./support/console.js";
import { newChannelPerson } from "./support/simulator.js";
import { dialects, useRunningApp } from "./support/suite.js";

describe.each(dialects)("a Messenger menu set in the console on %s", (dialect) => {
  const app = useRunningApp(dialect);
  let pageAccountId: string;
  beforeAll(async () => {
    pageAccountId = await accountIdOn(app.api, "messenger");
  });

  it("publishes the menu and the greeting, and the menu item opens its module in the simulator", async () => {
    expect(pageAccountId).not.toBe("");
    const console = await signInWithToken(app);
    await createBot(console, "Salon menu");

    // A module nothing in the flow reaches: only the menu opens it.
    await console.getByTestId("module-name-input").fill("Prices");
    await console.getByTestId("module-add").click();
    await addNode(console, "send");
    await console.getByTestId("message-text").fill("A cut is 800 NTD.");

    await console.getByTestId("profile-tab").click();
    const panel = console.getByTestId("profile-panel");
    await panel.getByTestId("profile-greeting-text").fill("Hi {{user_first_name}}, welcome to our salon!");
    await panel.getByTestId("profile-menu-add").click();
    await panel.getByTestId("profile-menu-item-module").selectOption("prices");
    const title = panel.getByTestId("profile-menu-item-title");
    await title.fill("Our prices for every service");
    const titleProblem = panel
      .getByTestId("profile-menu")
      .locator('[data-testid="violation"][data-path="persistentMenu[0].items[0].title"]');
    await expect.poll(() => titleProblem.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await titleProblem.first().textContent()).toContain("20");
    await title.fill("Prices");
    await expect.poll(() => titleProblem.count(), { timeout: 10_000 }).toBe(0);
    await expect
      .poll(() => panel.getByTestId("profile-check-state").getAttribute("data-state"), { timeout: 10_000 })
      .toBe("done");

    await console.getByTestId(`publish-account-${pageAccountId}`).check();
    await console.getByTestId("bot-publish").click();
    await expect
      .poll(() => console.getByTestId("publish-success").getAttribute("data-version"), { timeout: 15_000 })
      .toBe("1");

    const phone = await newChannelPerson(await app.browser.newPage(), app.running, "messenger", "Mei Lin");
    await expect
      .poll(() => phone.getByTestId("ch-greeting").textContent(), { timeout: 15_000 })
      .toBe("Hi Mei, welcome to our salon!");
    await phone.getByTestId("ch-menu-open").click();
    const item = phone.getByTestId("ch-menu-item").filter({ hasText: "Prices" });
    await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
    await item.click();
    await expect
      .poll(() => phone.locator('[data-testid="ch-message"][data-direction="out"]').last().textContent(), {
        timeout: 15_000,
      })
      .toContain("A cut is 800 NTD.");
  });
});
