// The console beyond the happy path: the language switch from the first screen, and an agent's choices
// message that breaks WhatsApp's limits shown field by field, then fixed and delivered as reply buttons.
import { describe, expect, it } from "vitest";
import { signInWithToken, submitAdminToken } from "./support/console.js";
import { demoCustomerSends, newWhatsAppCustomer } from "./support/simulator.js";
import { useRunningApp } from "./support/suite.js";

describe("the console", () => {
  const app = useRunningApp("sqlite");

  it("switches between English and Traditional Chinese from the sign-in screen on", async () => {
    const page = await app.browser.newPage();
    await page.goto(`${app.running.url}/`);
    await page.getByTestId("lang-switch").selectOption("zh-TW");
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("zh-TW");
    await submitAdminToken(page, app.running);
    await expect.poll(() => page.locator("body").textContent()).toContain("對話");
    await page.getByTestId("lang-switch").selectOption("en");
    await expect.poll(() => page.locator("body").textContent()).toContain("Conversations");
  });

  it("shows a photo the customer sent, from the copy the server keeps", async () => {
    const phone = await newWhatsAppCustomer(
      await app.browser.newPage(),
      app.running,
      "Lina",
      "+49 151 2345 6789",
    );
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

    const console = await signInWithToken(app, "/", { width: 1280, height: 800 });
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
    for (let i = 0; i < 55; i++) {
      const waId = `4470000${String(i).padStart(5, "0")}`;
      await demoCustomerSends(app.running, waId, `Shopper ${i}`, "hi");
    }
    const console = await signInWithToken(app, "/", { width: 1280, height: 800 });
    const items = console.getByTestId("conversation-item");
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBe(50);
    await console.getByTestId("show-more").click();
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(55);
  });

  it("shows every broken limit next to its field, and sends the fixed message as reply buttons", async () => {
    const phone = await newWhatsAppCustomer(
      await app.browser.newPage(),
      app.running,
      "Ahmad",
      "+60 12 345 6789",
      "Do you ship to Penang?",
    );

    const console = await signInWithToken(app, "/", { width: 1280, height: 800 });
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
