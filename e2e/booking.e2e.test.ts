// The first story of the product brief, end to end in a real browser: a customer books a make-up trial
// with the demo bot in the simulator, and an agent follows the conversation in the console and answers.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { signInWithToken } from "./support/console.js";
import { newWhatsAppCustomer } from "./support/simulator.js";
import { dialects, useRunningApp } from "./support/suite.js";

describe.each(dialects)("booking a make-up trial on %s", (dialect) => {
  const app = useRunningApp(dialect);

  const outbound = (page: Page) => page.locator('[data-testid="message"][data-direction="out"]');

  it("walks the customer through list → list → buttons → confirmation and lets an agent answer", async () => {
    const phone = await newWhatsAppCustomer(
      await app.browser.newPage(),
      app.running,
      "Mei Lin",
      "+886 912 000 111",
      "hi",
    );

    await phone.getByTestId("list-open").first().click();
    await phone.getByTestId("list-row").filter({ hasText: "Shin Kong A11" }).click();
    await expect.poll(() => phone.getByTestId("list-open").count(), { timeout: 15_000 }).toBe(2);
    await phone.getByTestId("list-open").last().click();
    await phone.getByTestId("list-row").filter({ hasText: "tomorrow at 19:00" }).click();
    await phone.getByTestId("reply-button").filter({ hasText: "Confirm" }).first().click();
    await expect
      .poll(() => outbound(phone).last().textContent(), { timeout: 15_000 })
      .toContain("Shin Kong A11, tomorrow at 19:00");

    const console = await signInWithToken(app, "/", { width: 1280, height: 800 });
    // The thread follows the change events of /api/v1/events, not a fast poll.
    await expect.poll(() => console.getByTestId("live-indicator").getAttribute("data-state")).toBe("live");
    await console.locator('[data-testid="conversation-item"][data-contact="886912000111"]').click();
    const consoleOutbound = console.locator('[data-testid="message"][data-direction="outbound"]');
    await expect.poll(() => consoleOutbound.count(), { timeout: 15_000 }).toBe(4);
    await expect
      .poll(
        async () => consoleOutbound.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-status"))),
        { timeout: 15_000 },
      )
      .toEqual(["read", "read", "read", "read"]);

    await console.getByTestId("composer-input").fill("See you at the counter, Mei! 💄");
    await console.getByTestId("composer-send").click();
    await expect
      .poll(() => outbound(phone).last().textContent(), { timeout: 15_000 })
      .toContain("See you at the counter, Mei!");
    if (process.env.SCREENSHOT_DIR !== undefined && dialect === "sqlite") {
      await console.waitForTimeout(1500);
      await console.screenshot({ path: `${process.env.SCREENSHOT_DIR}/screenshot.png` });
      await phone.screenshot({ path: `${process.env.SCREENSHOT_DIR}/simulator.png` });
    }
  });

  it("a tap on an older list answers that question again", async () => {
    const phone = await newWhatsAppCustomer(
      await app.browser.newPage(),
      app.running,
      "Ka Yan",
      "+852 6123 4567",
      "book",
    );
    await phone.getByTestId("list-open").first().click();
    await phone.getByTestId("list-row").filter({ hasText: "IFC Mall" }).click();
    await expect.poll(() => phone.getByTestId("list-open").count(), { timeout: 15_000 }).toBe(2);
    // Scroll back up and choose another counter on the first list.
    await phone.getByTestId("list-open").first().click();
    await phone.getByTestId("list-row").filter({ hasText: "Lee Garden One" }).click();
    await expect
      .poll(() => outbound(phone).last().textContent(), { timeout: 15_000 })
      .toContain("Lee Garden One");
  });
});
