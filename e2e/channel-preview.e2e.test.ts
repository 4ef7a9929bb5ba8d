// One message, every channel, in the console: a Messenger page connected through the accounts form, and a
// five-option choice previewed as WhatsApp, Messenger and LINE each receive it.
import { describe, expect, it } from "vitest";
import { addNode, createBot } from "./support/bot-editor.js";
import { signInWithToken } from "./support/console.js";
import { useRunningApp } from "./support/suite.js";

describe("per-channel accounts and previews in the console", () => {
  const app = useRunningApp("sqlite");

  it("connects a Messenger page, showing a broken id next to its field and then the webhook URL", async () => {
    const page = await signInWithToken(app);
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
      `${app.running.url}/webhooks/messenger`,
    );
    const card = page.locator('[data-testid="channel-account"][data-external-id="104982738291047"]');
    await card.waitFor({ timeout: 15_000 });
    expect(await card.getAttribute("data-channel")).toBe("messenger");
    expect(await card.getByTestId("webhook-url").inputValue()).toBe(`${app.running.url}/webhooks/messenger`);
  });

  it("previews a five-option choice as a WhatsApp list, Messenger quick replies and a LINE quick reply", async () => {
    const page = await signInWithToken(app);
    await createBot(page, "Treatment picker");
    await page.getByTestId("module-item-welcome").click();
    await addNode(page, "choice");
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

    await page.getByTestId("preview-channel-instagram").click();
    const instagram = page.locator('[data-testid="channel-native-preview"][data-channel="instagram"]');
    await instagram.waitFor();
    const instagramChoice = instagram
      .locator('[data-testid="preview-bubble"][data-form="quick_replies"]')
      .first();
    expect(await instagramChoice.getByTestId("preview-quick-reply").allTextContents()).toEqual(titles);
    expect(await instagramChoice.getByTestId("preview-card").first().textContent()).toContain(
      "Which treatment?",
    );

    // The widget shows up to ten options as buttons under the body.
    await page.getByTestId("preview-channel-webchat").click();
    const webchat = page.locator('[data-testid="channel-native-preview"][data-channel="webchat"]');
    await webchat.waitFor();
    const webchatChoice = webchat
      .locator('[data-testid="preview-bubble"][data-form="reply_buttons"]')
      .first();
    expect(await webchatChoice.getByTestId("preview-card-button").allTextContents()).toEqual(titles);
    expect(await webchatChoice.getByTestId("preview-card").first().textContent()).toContain(
      "Which treatment?",
    );
    await page.getByTestId("preview-channel-line").click();

    // 23 characters: a WhatsApp list row takes 24, a Messenger quick reply and a LINE label only 20.
    await page.getByTestId("choice-option-title").first().fill("Hydrating facial deluxe");
    const lineProblems = page.getByTestId("channel-preview-problem");
    await expect
      .poll(() => lineProblems.allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining("20"));
    expect(await page.getByTestId("preview-channel-messenger").getAttribute("data-problems")).not.toBe("0");
    expect(await page.getByTestId("preview-channel-webchat").getAttribute("data-problems")).toBe("0");
    expect(await whatsapp.getAttribute("data-problems")).toBe("0");
    await whatsapp.click();
    expect(await lineProblems.count()).toBe(0);
  });
});
