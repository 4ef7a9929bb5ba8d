// Bots built in the console: a two-module bot made in the editor, published on the WhatsApp number, and a
// customer in the simulator talking to it; then a ref link made on the automation page opens a module.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, startApp } from "./support/app.js";
import type { RunningApp } from "./support/app.js";

describe("building a bot in the console", () => {
  let running: RunningApp;
  let browser: Browser;
  let accountId: string;
  beforeAll(async () => {
    running = await startApp("sqlite");
    browser = await launchBrowser();
    const response = await fetch(`${running.url}/api/v1/channel-accounts`, {
      headers: { authorization: `Bearer ${running.app.switchboard.adminToken}` },
    });
    const accounts = (await response.json()) as { items: { id: string }[] };
    accountId = accounts.items[0]?.id ?? "";
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

  async function newCustomer(name: string, phoneNumber: string, text: string): Promise<Page> {
    const phone = await browser.newPage();
    await phone.goto(`${running.url}/simulator/`);
    await phone.getByTestId("new-customer-name").fill(name);
    await phone.getByTestId("new-customer-phone").fill(phoneNumber);
    await phone.getByTestId("create-customer").click();
    await phone.getByTestId("composer-input").fill(text);
    await phone.getByTestId("composer-send").click();
    return phone;
  }
  const lastOutbound = (page: Page) =>
    page.locator('[data-testid="message"][data-direction="out"]').last().textContent();

  it("builds a two-module bot, publishes it and the customer talks to it", async () => {
    const console = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(console);
    await console.getByTestId("nav-bots").click();
    await console.getByTestId("bot-name-input").fill("Skincare quiz");
    await console.getByTestId("bot-create").click();
    await console.getByTestId("bot-editor").waitFor();

    await console.getByTestId("module-name-input").fill("Booking");
    await console.getByTestId("module-add").click();
    await console.getByTestId("module-item-welcome").click();
    await console.getByTestId("node-kind-select").selectOption("choice");
    await console.getByTestId("node-add").click();
    await console.getByTestId("choice-body").fill("Hi! What brings you here today?");
    await console.getByTestId("choice-option-title").first().fill("Book a facial");
    await console.getByTestId("choice-option-goto").first().selectOption("booking");

    await console.getByTestId("module-item-booking").click();
    await console.getByTestId("node-kind-select").selectOption("send");
    await console.getByTestId("node-add").click();
    await console.getByTestId("message-text").fill("Lovely! Our facial room is free on Saturday at 14:00.");

    await console.getByTestId(`publish-account-${accountId}`).check();
    await console.getByTestId("bot-publish").click();
    await expect
      .poll(() => console.getByTestId("publish-success").getAttribute("data-version"), { timeout: 15_000 })
      .toBe("1");

    const phone = await newCustomer("Hui Min", "+65 8123 4567", "hello");
    await expect
      .poll(() => phone.getByTestId("reply-button").allTextContents(), { timeout: 15_000 })
      .toEqual(["Book a facial"]);
    await phone.getByTestId("reply-button").first().click();
    await expect.poll(() => lastOutbound(phone), { timeout: 15_000 }).toContain("Saturday at 14:00");
  });

  it("shows the publishing problems of a broken draft and publishes nothing", async () => {
    const console = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(console);
    await console.getByTestId("nav-bots").click();
    await console.getByTestId("bot-name-input").fill("Too long");
    await console.getByTestId("bot-create").click();
    await console.getByTestId("bot-editor").waitFor();
    await console.getByTestId("module-item-welcome").click();
    await console.getByTestId("node-kind-select").selectOption("choice");
    await console.getByTestId("node-add").click();
    await console.getByTestId("choice-body").fill("Pick one");
    await console
      .getByTestId("choice-option-title")
      .first()
      .fill("An option title far longer than twenty-four");
    await console.getByTestId(`publish-account-${accountId}`).check();
    await console.getByTestId("bot-publish").click();
    const problem = console.getByTestId("problem-item").first();
    await expect.poll(() => problem.getAttribute("data-module-id"), { timeout: 15_000 }).toBe("welcome");
    expect(await console.getByTestId("publish-problems").textContent()).toMatch(/24|20/);
    expect(await console.getByTestId("publish-success").count()).toBe(0);
  });

  it("makes a ref link with its QR code whose code opens a module and counts the entry", async () => {
    const console = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(console);
    await console.getByTestId("nav-automation").click();
    await console.getByTestId("automation-tab-ref-links").click();
    await console.getByTestId("ref-link-create").click();
    await console.getByTestId("ref-link-name").fill("Window poster");
    await console.getByTestId("ref-link-code").fill("FACIAL-POSTER");
    await console.getByTestId("ref-link-module").fill("booking");
    await console.getByTestId("ref-link-tags").fill("poster");
    await console.getByTestId("ref-link-save").click();
    const card = console.locator('[data-testid="ref-link"][data-code="FACIAL-POSTER"]');
    await card.waitFor({ timeout: 15_000 });
    const linkId = (await card.getAttribute("data-ref-link-id")) ?? "";
    const qr = console.getByTestId(`ref-link-qr-${linkId}`);
    await expect
      .poll(
        () => qr.evaluate((img) => img instanceof HTMLImageElement && img.complete && img.naturalWidth > 0),
        {
          timeout: 10_000,
        },
      )
      .toBe(true);

    const phone = await newCustomer("Siti", "+60 11 2233 4455", "FACIAL-POSTER");
    await expect.poll(() => lastOutbound(phone), { timeout: 15_000 }).toContain("Saturday at 14:00");
    await console.reload();
    await console.getByTestId("automation-tab-ref-links").click();
    await expect
      .poll(() => console.getByTestId(`ref-link-entries-${linkId}`).textContent(), { timeout: 15_000 })
      .toContain("1");
  });
});
