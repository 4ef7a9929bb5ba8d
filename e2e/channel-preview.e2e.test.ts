// One message, every channel, in the console: a Messenger page connected through the accounts form, and a
// five-option choice previewed as WhatsApp, Messenger and LINE each receive it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser, startApp } from "./support/app.js";
import type { RunningApp } from "./support/app.js";

describe("per-channel accounts and previews in the console", () => {
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

  async function signIn(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${running.url}/`);
    await page.getByTestId("token-input").fill(running.app.switchboard.adminToken);
    await page.getByTestId("sign-in").click();
    return page;
  }

  it("connects a Messenger page, showing a broken id next to its field and then the webhook URL", async () => {
    const page = await signIn();
    await page.getByTestId("nav-channel-accounts").click();
    await page.getByTestId("account-add").click();
    await page.getByTestId("account-channel-select").selectOption("messenger");
    expect(await page.getByTestId("account-wabaId").count()).toBe(0);
    await page.getByTestId("account-name").fill("Causeway Beauty page");
    await page.getByTestId("account-externalId").fill("causeway-beauty");
    await page.getByTestId("account-pageUsername").fill("causewaybeauty");
    await page.getByTestId("account-accessToken").fill("EAAGpage-access-token");
    await page.getByTestId("account-appSecret").fill("0f3c9a2b7d1e4f5a6b7c8d9e0f1a2b3c");
    await page.getByTestId("account-save").click();
    const idError = page.getByTestId("account-externalId-error");
    await expect.poll(() => idError.textContent(), { timeout: 15_000 }).toContain("Facebook Page id");

    await page.getByTestId("account-externalId").fill("104982738291047");
    await page.getByTestId("account-save").click();
    await page.getByTestId("account-created").waitFor({ timeout: 15_000 });
    expect(await page.getByTestId("account-created-webhook-url").inputValue()).toBe(
      `${running.url}/webhooks/messenger`,
    );
    const card = page.locator('[data-testid="channel-account"][data-external-id="104982738291047"]');
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getAttribute("data-channel")).toBe("messenger");
    expect(await card.getByTestId("webhook-url").inputValue()).toBe(`${running.url}/webhooks/messenger`);
  });

  it("previews a five-option choice as a WhatsApp list, Messenger quick replies and a LINE quick reply", async () => {
    const page = await signIn();
    await page.getByTestId("nav-bots").click();
    await page.getByTestId("bot-name-input").fill("Treatment picker");
    await page.getByTestId("bot-create").click();
    await page.getByTestId("bot-editor").waitFor();
    await page.getByTestId("module-item-welcome").click();
    await page.getByTestId("node-kind-select").selectOption("choice");
    await page.getByTestId("node-add").click();
    await page.getByTestId("choice-body").fill("Which treatment?");
    await page.getByTestId("choice-list-button").fill("See treatments");
    const titles = ["Facial", "Massage", "Manicure", "Brows", "Waxing"];
    while ((await page.getByTestId("choice-option-title").count()) < titles.length) {
      await page.getByTestId("choice-option-add").click();
    }
    for (const [index, title] of titles.entries()) {
      await page.getByTestId("choice-option-title").nth(index).fill(title);
    }

    const whatsapp = page.getByTestId("preview-channel-whatsapp");
    await expect
      .poll(() => page.getByTestId("live-check").getAttribute("data-state"), { timeout: 15_000 })
      .toBe("done");
    expect(await whatsapp.getAttribute("data-problems")).toBe("0");
    expect(await page.getByTestId("channel-preview-problem").count()).toBe(0);
    await page.getByTestId("preview-list-button").waitFor();

    await page.getByTestId("preview-channel-messenger").click();
    const messenger = page.locator('[data-testid="channel-native-preview"][data-channel="messenger"]');
    await messenger.waitFor();
    const messengerChoice = messenger
      .locator('[data-testid="preview-bubble"][data-form="quick_replies"]')
      .first();
    expect(await messengerChoice.getByTestId("preview-quick-reply").allTextContents()).toEqual(titles);

    await page.getByTestId("preview-channel-line").click();
    const line = page.locator('[data-testid="channel-native-preview"][data-channel="line"]');
    await line.waitFor();
    const lineChoice = line.locator('[data-testid="preview-bubble"][data-form="quick_replies"]').first();
    expect(await lineChoice.getByTestId("preview-quick-reply").allTextContents()).toEqual(titles);
    expect(await lineChoice.getByTestId("preview-card").first().textContent()).toContain("Which treatment?");

    // 23 characters: a WhatsApp list row takes 24, a Messenger quick reply and a LINE label only 20.
    await page.getByTestId("choice-option-title").first().fill("Hydrating facial deluxe");
    const lineProblems = page.getByTestId("channel-preview-problem");
    await expect
      .poll(() => lineProblems.allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining("20"));
    expect(await page.getByTestId("preview-channel-messenger").getAttribute("data-problems")).not.toBe("0");
    expect(await whatsapp.getAttribute("data-problems")).toBe("0");
    await whatsapp.click();
    expect(await lineProblems.count()).toBe(0);
  });
});
