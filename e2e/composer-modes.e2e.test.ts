// The composer's media and choices modes end to end on the demo WhatsApp number: a refused caption is shown
// under the caption and the draft stays; an image with a caption and reply buttons under a product photo
// reach the customer's phone in the simulator as WhatsApp's own image and interactive bodies.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { signInWithToken } from "./support/console.js";
import { demoCustomerWrites } from "./support/simulator.js";
import { useRunningApp } from "./support/suite.js";

interface ChatItem {
  direction: "in" | "out";
  type: string;
  payload: Record<string, unknown>;
}

describe("the composer's media and choices modes", () => {
  const app = useRunningApp();
  const simulator = () => `${app.running.url}/simulator/_sim/api`;
  const customerWrites = (waId: string, name: string, text: string) =>
    demoCustomerWrites(app, waId, name, text);

  /** What the business sent the customer, as the simulator received it. */
  async function sentTo(waId: string): Promise<ChatItem[]> {
    const response = await fetch(`${simulator()}/chats/${app.running.app.demo.phoneNumberId}/${waId}`);
    const chat = (await response.json()) as { items: ChatItem[] };
    return chat.items.filter((item) => item.direction === "out");
  }

  async function openConversation(id: string): Promise<Page> {
    const page = await signInWithToken(app, "/", { width: 1400, height: 900 });
    await page.goto(`${app.running.url}/conversations/${id}?folder=all`);
    await expect.poll(() => page.getByTestId("composer-mode-media").count(), { timeout: 15_000 }).toBe(1);
    return page;
  }

  it("shows a refused caption under it, then sends an image with its caption", async () => {
    const waId = "886955100001";
    const id = await customerWrites(waId, "Mei-Ling", "Can I see the new menu?");
    const page = await openConversation(id);
    // WhatsApp offers products (once the conversation's channel is known), and media like every channel.
    await expect.poll(() => page.getByTestId("composer-mode-product").count(), { timeout: 15_000 }).toBe(1);

    await page.getByTestId("composer-mode-media").click();
    expect(await page.locator("form.composer").getAttribute("data-mode")).toBe("media");
    const send = page.getByTestId("composer-send");
    expect(await send.isDisabled()).toBe(true);

    // Audio takes no caption on WhatsApp: the server answers 422 and the problem sits under the caption.
    await page.getByTestId("media-type").selectOption("audio");
    await page.getByTestId("media-url").fill("https://shop.example/menu-message.mp3");
    await page.getByTestId("composer-input").fill("Our spring menu");
    await send.click();
    const refused = page.locator('[data-testid="violation"][data-path="caption"]');
    await expect.poll(() => refused.count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId("send-error").getAttribute("data-code")).toBe("message_invalid");
    expect(await page.getByTestId("composer-input").inputValue()).toBe("Our spring menu");
    expect((await sentTo(waId)).some((item) => item.type === "audio")).toBe(false);

    await page.getByTestId("media-type").selectOption("image");
    await page.getByTestId("media-url").fill("https://shop.example/spring-menu.jpg");
    await send.click();
    await expect
      .poll(async () => (await sentTo(waId)).find((item) => item.type === "image")?.payload.image, {
        timeout: 15_000,
      })
      .toEqual({ link: "https://shop.example/spring-menu.jpg", caption: "Our spring menu" });
    // Sent: the editor starts over and the problem is gone.
    await expect.poll(() => page.getByTestId("media-url").inputValue()).toBe("");
    expect(await page.getByTestId("send-error").count()).toBe(0);
  });

  it("sends reply buttons under a product photo", async () => {
    // The demo number's bot answers the first message with its own list; ours is the last interactive.
    const waId = "886955100002";
    const id = await customerWrites(waId, "Kai", "Do you have the Cloud Runner in 42?");
    const page = await openConversation(id);

    await page.getByTestId("composer-mode-choices").click();
    await page.getByTestId("choice-header-image").fill("https://shop.example/cloud-runner.jpg");
    await page.getByTestId("composer-input").fill("Cloud Runner, size 42 — NT$3,280");
    const titles = page.getByTestId("choice-option-title");
    await titles.nth(0).fill("Reserve a pair");
    await page.getByTestId("choice-add").click();
    await titles.nth(1).fill("Other sizes");
    await page.getByTestId("composer-send").click();

    await expect
      .poll(
        async () =>
          (await sentTo(waId)).filter((item) => item.type === "interactive").at(-1)?.payload.interactive,
        {
          timeout: 15_000,
        },
      )
      .toMatchObject({
        type: "button",
        header: { type: "image", image: { link: "https://shop.example/cloud-runner.jpg" } },
        body: { text: "Cloud Runner, size 42 — NT$3,280" },
        action: {
          buttons: [
            { type: "reply", reply: { id: "reserve_a_pair", title: "Reserve a pair" } },
            { type: "reply", reply: { id: "other_sizes", title: "Other sizes" } },
          ],
        },
      });
  });
});
