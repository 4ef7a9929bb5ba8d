// Bots built in the console: a two-module bot made in the editor, published on the WhatsApp number, and a
// customer in the simulator talking to it; then a ref link made on the automation page opens a module.
import { beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { channelAccounts } from "./support/admin-api.js";
import { addNode, createBot } from "./support/bot-editor.js";
import { signInWithToken } from "./support/console.js";
import { newWhatsAppCustomer } from "./support/simulator.js";
import { useRunningApp } from "./support/suite.js";

describe("building a bot in the console", () => {
  const app = useRunningApp("sqlite");
  let accountId: string;
  beforeAll(async () => {
    accountId = (await channelAccounts(app.api))[0]?.id ?? "";
  });

  const newCustomer = async (name: string, phoneNumber: string, text: string): Promise<Page> =>
    newWhatsAppCustomer(await app.browser.newPage(), app.running, name, phoneNumber, text);
  const lastOutbound = (page: Page) =>
    page.locator('[data-testid="message"][data-direction="out"]').last().textContent();

  it("builds a two-module bot, publishes it and the customer talks to it", async () => {
    const console = await signInWithToken(app);
    await createBot(console, "Skincare quiz");

    await console.getByTestId("module-name-input").fill("Booking");
    await console.getByTestId("module-add").click();
    await console.getByTestId("module-item-welcome").click();
    await addNode(console, "choice");
    await console.getByTestId("choice-body").fill("Hi! What brings you here today?");
    await console.getByTestId("choice-option-title").first().fill("Book a facial");
    await console.getByTestId("choice-option-goto").first().selectOption("booking");

    await console.getByTestId("module-item-booking").click();
    await addNode(console, "send");
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
    const console = await signInWithToken(app);
    await createBot(console, "Too long");
    await console.getByTestId("module-item-welcome").click();
    await addNode(console, "choice");
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
    const console = await signInWithToken(app);
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
