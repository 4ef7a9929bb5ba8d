// The web chat widget in a real browser: a visitor on the demo shop page books a make-up trial with the
// demo bot through the widget (list sheets and buttons), then follows "continue on WhatsApp" and writes
// the prefilled message in the simulator's WhatsApp — and the business sees one person with both identities.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { signInWithToken } from "./support/console.js";
import { newWhatsAppCustomer } from "./support/simulator.js";
import { dialects, useRunningApp } from "./support/suite.js";

interface Identity {
  contactId: string;
  channel: string;
}

/** Polls `probe` until it returns a value, for up to 15 s. */
async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(dialects)("web chat on %s", (dialect) => {
  const app = useRunningApp(dialect);

  const api = async (path: string): Promise<unknown> => (await app.api("GET", path)).json;
  const lastOutbound = (page: Page) =>
    page.locator('[data-testid="wc-message"][data-direction="out"]').last().textContent();

  it("chats with the bot in the widget, then continues on WhatsApp as the same contact", async () => {
    const context = await app.browser.newContext();
    // The apps' links leave the test's network: answer them here, keeping the address the widget opened.
    await context.route(/^https:\/\/(wa\.me|m\.me|line\.me)\//, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<p>Opening the app…</p>" }),
    );
    const shop = await context.newPage();
    await shop.goto(`${app.running.url}/webchat/demo`);
    await shop.getByTestId("wc-launcher").click();
    await shop.getByTestId("wc-input").fill("hi");
    await shop.getByTestId("wc-send").click();

    await expect.poll(() => lastOutbound(shop), { timeout: 15_000 }).toContain("Which counter suits you?");
    await shop.getByTestId("wc-list-open").last().click();
    await shop.getByTestId("wc-list-option").filter({ hasText: "IFC Mall" }).click();
    await expect
      .poll(() => lastOutbound(shop), { timeout: 15_000 })
      .toContain("Great, IFC Mall. When would you like to come?");
    await shop.getByTestId("wc-list-open").last().click();
    await shop.getByTestId("wc-list-option").filter({ hasText: "tomorrow at 11:00" }).click();
    await expect.poll(() => lastOutbound(shop), { timeout: 15_000 }).toContain("Shall we book IFC Mall");
    await shop.getByTestId("wc-option").filter({ hasText: "Confirm" }).last().click();
    await expect
      .poll(() => lastOutbound(shop), { timeout: 15_000 })
      .toContain("You're booked: IFC Mall, tomorrow at 11:00.");
    // The visitor's taps show on their side of the thread.
    await expect
      .poll(() => shop.locator('[data-testid="wc-message"][data-direction="in"]').allTextContents())
      .toEqual(["hi", "IFC Mall", "tomorrow at 11:00", "Confirm"]);

    if (process.env.SCREENSHOT_DIR !== undefined && dialect === "sqlite")
      await shop.screenshot({ path: `${process.env.SCREENSHOT_DIR}/webchat.png` });

    const whatsApp = shop.locator('[data-testid="wc-continue"][data-channel="whatsapp"]');
    await expect
      .poll(() => whatsApp.getAttribute("href"), { timeout: 15_000 })
      .toContain("https://wa.me/15550100001");
    const [opened] = await Promise.all([context.waitForEvent("page"), whatsApp.click()]);
    await opened.waitForLoadState();
    const prefilled = new URL(opened.url()).searchParams.get("text") ?? "";
    expect(prefilled).toMatch(/WC-[2-9A-Z]{8}/);

    await newWhatsAppCustomer(await context.newPage(), app.running, "Mei Lin", "+886 912 555 000", prefilled);

    const contactId = await until(async () => {
      const list = (await api("/api/v1/conversations")) as {
        items: { contact: { id: string; externalId: string } }[];
      };
      return list.items.find((c) => c.contact.externalId === "886912555000")?.contact.id;
    }, "the WhatsApp customer's conversation");
    const identities = async () =>
      ((await api(`/api/v1/contacts/${contactId}`)) as { contact: { identities: Identity[] } }).contact
        .identities;
    await expect
      .poll(async () => (await identities()).map((i) => i.channel), { timeout: 15_000 })
      .toEqual(["webchat"]);
    const [webchat] = await identities();
    const webchatView = (await api(`/api/v1/contacts/${webchat?.contactId}`)) as {
      contact: { identities: Identity[]; personId: string };
    };
    expect(webchatView.contact.identities).toMatchObject([{ contactId, channel: "whatsapp" }]);
    await context.close();
  });

  it("connects a web chat in the console and shows the script tag to copy", async () => {
    const page = await signInWithToken(app);
    await page.goto(`${app.running.url}/channel-accounts`);
    const demo = page.locator('[data-testid="channel-account"][data-channel="webchat"]').first();
    await expect
      .poll(() => demo.getByTestId("webchat-script-tag").inputValue(), { timeout: 15_000 })
      .toContain('data-key="wc_lumiere-demo"');
    await expect.poll(() => demo.getByTestId("webchat-continue-view").textContent()).toContain("WhatsApp");

    await page.getByTestId("account-add").click();
    await page.getByTestId("account-channel-select").selectOption("webchat");
    await page.getByTestId("account-name").fill("Online shop");
    await page.getByTestId("webchat-origins").fill("https://shop.example.com");
    await expect.poll(() => page.getByTestId("webchat-continue-on").count()).toBeGreaterThan(0);
    await page.getByTestId("webchat-continue-on").first().check();
    await page.getByTestId("account-save").click();
    const created = page.getByTestId("account-created");
    await expect
      .poll(() => created.getByTestId("webchat-script-tag").inputValue(), { timeout: 15_000 })
      .toMatch(
        /^<script src="http:\/\/127\.0\.0\.1:\d+\/webchat\/widget\.js" data-key="wc_[A-Za-z0-9_-]+" async><\/script>$/,
      );
    if (process.env.SCREENSHOT_DIR !== undefined && dialect === "sqlite")
      await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/webchat-console.png`, fullPage: true });
    expect(await created.getByTestId("webchat-created-secret").inputValue()).toMatch(/^[0-9a-f]{48}$/);
    await expect
      .poll(() => created.getByTestId("webchat-origins-view").textContent())
      .toBe("https://shop.example.com");
  });
});
