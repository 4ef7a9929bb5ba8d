// A carousel in the console: written once in the bot editor, previewed as a WhatsApp media carousel, a
// Messenger generic template and a LINE carousel template; then sent by the bot and shown in the inbox.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { channelAccounts } from "./support/admin-api.js";
import { addNode, createBot } from "./support/bot-editor.js";
import { signInWithToken } from "./support/console.js";
import { demoCustomerSends, newChannelPerson } from "./support/simulator.js";
import { useRunningApp } from "./support/suite.js";

describe("carousels in the console", () => {
  const app = useRunningApp("sqlite");

  async function accountIds(channels: string[]): Promise<string[]> {
    const items = await channelAccounts(app.api);
    return items.filter((a) => channels.includes(a.channel)).map((a) => a.id);
  }

  /** A bot to import whose welcome module sends one carousel; `modules` go before the handover module. */
  const carouselBot = (name: string, body: string, cards: unknown[], modules: unknown[] = []) => ({
    name,
    modules: [
      { id: "welcome", name: "Welcome", kind: "welcome", nodes: [{ kind: "carousel", body, cards }] },
      ...modules,
      { id: "human", name: "Human", kind: "human_agent", nodes: [{ kind: "handover" }] },
    ],
  });

  async function fillCard(page: Page, index: number, title: string) {
    await page.getByTestId("carousel-card-title").nth(index).fill(title);
    await page.getByTestId("carousel-card-subtitle").nth(index).fill(`${title}, soft finish`);
    await page
      .getByTestId("carousel-card-image")
      .nth(index)
      .fill(`https://shop.example/${index + 1}.jpg`);
  }

  it("previews one carousel node per channel: media carousel, generic template, carousel template", async () => {
    const page = await signInWithToken(app);
    await createBot(page, "Shade finder");
    await page.getByTestId("module-item-welcome").click();
    await addNode(page, "carousel");
    await page.getByTestId("carousel-carousel-body").fill("Our shades this week");
    await page.getByTestId("carousel-card-add").click();
    await fillCard(page, 0, "Rose");
    await fillCard(page, 1, "Coral");
    // Every card: one link button instead of the reply button it starts with.
    for (let card = 0; card < 2; card += 1) {
      await page.getByTestId("carousel-button-type").nth(card).selectOption("url");
      await page.getByTestId("carousel-button-title").nth(card).fill("Shop");
      await page
        .getByTestId("carousel-button-url")
        .nth(card)
        .fill(`https://shop.example/shade/${card + 1}`);
    }

    await expect
      .poll(() => page.getByTestId("live-check").getAttribute("data-state"), { timeout: 15_000 })
      .toBe("done");
    const whatsapp = page.locator('[data-testid="channel-native-preview"][data-channel="whatsapp"]');
    const mediaCarousel = whatsapp.locator('[data-testid="preview-bubble"][data-form="media_carousel"]');
    await expect.poll(() => mediaCarousel.getByTestId("preview-card").count(), { timeout: 15_000 }).toBe(3);
    expect(await mediaCarousel.getByTestId("preview-card-button").allTextContents()).toEqual([
      "Shop",
      "Shop",
    ]);
    expect(await page.getByTestId("preview-channel-whatsapp").getAttribute("data-problems")).toBe("0");

    await page.getByTestId("preview-channel-messenger").click();
    const messenger = page.locator('[data-testid="channel-native-preview"][data-channel="messenger"]');
    const generic = messenger.locator('[data-testid="preview-bubble"][data-form="generic_template"]');
    await expect.poll(() => generic.getByTestId("preview-card").count(), { timeout: 15_000 }).toBe(2);
    expect(await generic.getByTestId("preview-card").first().textContent()).toContain("Rose");
    expect(
      await messenger.locator('[data-testid="preview-bubble"][data-form="text"]').textContent(),
    ).toContain("Our shades this week");

    await page.getByTestId("preview-channel-line").click();
    const line = page.locator('[data-testid="channel-native-preview"][data-channel="line"]');
    const template = line.locator('[data-testid="preview-bubble"][data-form="carousel"]');
    await expect.poll(() => template.getByTestId("preview-card").count(), { timeout: 15_000 }).toBe(2);
    expect(await template.getByTestId("preview-card").nth(1).textContent()).toContain("Coral");

    // A reply button on the first card only: WhatsApp needs the fallback, LINE every card alike.
    await page.getByTestId("carousel-reply-add").first().click();
    await page.getByTestId("carousel-button-title").nth(1).fill("I want it");
    await expect
      .poll(() => page.getByTestId("preview-channel-whatsapp").getAttribute("data-problems"), {
        timeout: 15_000,
      })
      .not.toBe("0");
    expect(await page.getByTestId("preview-channel-line").getAttribute("data-problems")).not.toBe("0");
    await page.getByTestId("carousel-carousel-fallback").selectOption("split");
    await expect
      .poll(() => page.getByTestId("preview-channel-whatsapp").getAttribute("data-problems"), {
        timeout: 15_000,
      })
      .toBe("0");
    expect(await page.getByTestId("preview-channel-line").getAttribute("data-problems")).toBe("0");
    await page.getByTestId("preview-channel-whatsapp").click();
    const forms = await whatsapp
      .getByTestId("preview-bubble")
      .evaluateAll((bubbles) => bubbles.map((bubble) => bubble.getAttribute("data-form")));
    expect(forms).toEqual(["text", "reply_buttons", "cta_url", "cta_url"]);
  });

  it("shows a carousel the bot sent in the inbox", async () => {
    const imported = await app.api(
      "POST",
      "/api/v1/bots/import",
      carouselBot(
        "Shades",
        "Our shades this week",
        ["Rose", "Coral"].map((title, i) => ({
          title,
          image: { url: `https://shop.example/${i + 1}.jpg` },
          buttons: [{ type: "url", title: "Shop", url: `https://shop.example/${i + 1}` }],
        })),
      ),
    );
    expect(imported.status).toBe(201);
    const botId = (imported.json as { bot: { id: string } }).bot.id;
    const items = await channelAccounts(app.api);
    const number = items.find(
      (a) => a.channel === "whatsapp" && a.externalId === app.running.app.demo.phoneNumberId,
    );
    expect(number).toBeDefined();
    const published = await app.api("POST", `/api/v1/bots/${botId}/publish`, {
      channelAccountIds: [number?.id],
    });
    expect(published.status, JSON.stringify(published.json)).toBe(200);

    const waId = "886955000111";
    await demoCustomerSends(app.running, waId, "Mei", "hi");

    const page = await signInWithToken(app);
    await page.locator(`[data-testid="conversation-item"][data-contact="${waId}"]`).click();
    const carousel = page.getByTestId("carousel-view");
    await expect.poll(() => carousel.count(), { timeout: 20_000 }).toBe(1);
    expect(await carousel.getByTestId("carousel-card").allTextContents()).toEqual([
      expect.stringContaining("Rose"),
      expect.stringContaining("Coral"),
    ]);
  });

  it.each(["messenger", "line"] as const)(
    "shows the cards on the simulator's %s phone, and a tap on a card's reply button advances the bot",
    async (channel) => {
      const imported = await app.api(
        "POST",
        "/api/v1/bots/import",
        carouselBot(
          `Picks on ${channel}`,
          "Our picks",
          ["Primer", "Serum"].map((title, i) => ({
            title,
            subtitle: `${title} of the week`,
            image: { url: `https://shop.example/${i + 1}.jpg` },
            buttons: [{ type: "reply", id: `buy_${i}`, title: `Buy ${title}`, goTo: "added" }],
          })),
          [
            {
              id: "added",
              name: "Added",
              nodes: [{ kind: "send", message: { kind: "text", text: "Added to your bag." } }],
            },
          ],
        ),
      );
      expect(imported.status).toBe(201);
      const botId = (imported.json as { bot: { id: string } }).bot.id;
      const published = await app.api("POST", `/api/v1/bots/${botId}/publish`, {
        channelAccountIds: await accountIds([channel]),
      });
      expect(published.status, JSON.stringify(published.json)).toBe(200);

      const phone = await newChannelPerson(
        await app.browser.newPage(),
        app.running,
        channel,
        `Person on ${channel}`,
      );
      await phone.getByTestId("ch-composer-input").fill("hi");
      await phone.getByTestId("ch-composer-send").click();

      const carousel = phone.getByTestId("ch-carousel");
      await expect.poll(() => carousel.count(), { timeout: 15_000 }).toBe(1);
      expect(await carousel.textContent()).toContain("Serum of the week");
      const buy = carousel.getByTestId("ch-button").filter({ hasText: "Buy Serum" });
      await buy.click();
      const outbound = phone.locator('[data-testid="ch-message"][data-direction="out"]');
      await expect
        .poll(() => outbound.last().textContent(), { timeout: 15_000 })
        .toContain("Added to your bag.");
    },
  );
});
