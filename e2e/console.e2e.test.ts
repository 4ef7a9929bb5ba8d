// The console beyond the happy path: the language switch from the first screen, and an agent's choices
// message that breaks WhatsApp's limits shown field by field, then fixed and delivered as reply buttons.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, startApp } from "./support/app.js";
import type { RunningApp } from "./support/app.js";

describe("the console", () => {
  let running: RunningApp;
  let browser: Browser;
  beforeAll(async () => {
    running = await startApp("sqlite");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  async function signIn(page: Page) {
    await page.goto(`${running.url}/`);
    await page.getByTestId("token-input").fill(running.app.switchboard.adminToken);
    await page.getByTestId("sign-in").click();
  }

  it("switches between English and Traditional Chinese from the sign-in screen on", async () => {
    const page = await browser.newPage();
    await page.goto(`${running.url}/`);
    await page.getByTestId("lang-switch").selectOption("zh-TW");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-TW");
    await page.getByTestId("token-input").fill(running.app.switchboard.adminToken);
    await page.getByTestId("sign-in").click();
    await expect.poll(() => page.locator("body").textContent()).toContain("對話");
    await page.getByTestId("lang-switch").selectOption("en");
    await expect.poll(() => page.locator("body").textContent()).toContain("Conversations");
  });

  it("shows a photo the customer sent, from the copy the server keeps", async () => {
    const phone = await browser.newPage();
    await phone.goto(`${running.url}/simulator/`);
    await phone.getByTestId("new-customer-name").fill("Lina");
    await phone.getByTestId("new-customer-phone").fill("+49 151 2345 6789");
    await phone.getByTestId("create-customer").click();
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    );
    await phone
      .getByTestId("composer-file")
      .setInputFiles({ name: "shade.png", mimeType: "image/png", buffer: png });
    await expect
      .poll(() => phone.locator('[data-testid="message"][data-direction="in"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);

    const console = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(console);
    await console.locator('[data-testid="conversation-item"][data-contact="4915123456789"]').click();
    const image = console.locator('[data-testid="message"][data-direction="inbound"] img.media__image');
    await expect.poll(() => image.count(), { timeout: 20_000 }).toBe(1);
    await expect
      .poll(
        () => image.evaluate((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth),
        { timeout: 10_000 },
      )
      .toBe(1);
  });

  it("lists the newest 50 conversations and shows older ones on demand", async () => {
    const simulator = `${running.url}/simulator/_sim/api`;
    const post = (path: string, body: unknown) =>
      fetch(`${simulator}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    for (let i = 0; i < 55; i++) {
      const waId = `4470000${String(i).padStart(5, "0")}`;
      await post("/customers", { waId, name: `Shopper ${i}` });
      await post(`/customers/${waId}/send`, {
        phoneNumberId: running.app.demo.phoneNumberId,
        message: { type: "text", text: "hi" },
      });
    }
    const console = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(console);
    const items = console.getByTestId("conversation-item");
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(50);
    await console.getByTestId("show-more").click();
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(55);
  });

  it("shows every broken limit next to its field, and sends the fixed message as reply buttons", async () => {
    const phone = await browser.newPage();
    await phone.goto(`${running.url}/simulator/`);
    await phone.getByTestId("new-customer-name").fill("Ahmad");
    await phone.getByTestId("new-customer-phone").fill("+60 12 345 6789");
    await phone.getByTestId("create-customer").click();
    await phone.getByTestId("composer-input").fill("Do you ship to Penang?");
    await phone.getByTestId("composer-send").click();

    const console = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await signIn(console);
    await console.locator('[data-testid="conversation-item"][data-contact="60123456789"]').click();
    await console.getByTestId("composer-mode-choices").click();
    await console.getByTestId("composer-input").fill("Which delivery do you prefer?");
    const titles = console.getByTestId("choice-option-title");
    await titles.nth(0).fill("Standard delivery to your door in 3 days");
    await console.getByTestId("choice-add").click();
    await titles.nth(1).fill("Express");
    await console.getByTestId("composer-send").click();

    const violation = console.locator('[data-testid="violation"][data-path="sections[0].options[0].title"]');
    await expect.poll(() => violation.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await violation.first().textContent()).toMatch(/20/);

    await titles.nth(0).fill("Standard (3 days)");
    await console.getByTestId("composer-send").click();
    await expect.poll(() => phone.getByTestId("reply-button").count(), { timeout: 15_000 }).toBe(2);
    expect(await phone.getByTestId("reply-button").allTextContents()).toEqual([
      "Standard (3 days)",
      "Express",
    ]);
  });
});
