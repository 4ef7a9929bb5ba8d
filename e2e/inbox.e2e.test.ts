// The inbox end to end with the admin token: folder counts move as a conversation is taken (the `e`
// shortcut) and closed, the address keeps the folder, `?` lists the shortcuts, an internal note shows in
// the thread and never reaches the customer, and once the 24-hour window has closed the composer writes an
// approved template by itself.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { channelAccounts } from "./support/admin-api.js";
import { signInWithToken } from "./support/console.js";
import { demoCustomerWrites } from "./support/simulator.js";
import { useRunningApp } from "./support/suite.js";

const DAY_MS = 24 * 60 * 60 * 1000;

describe("the inbox", () => {
  const app = useRunningApp("sqlite");
  const api = app.api;

  const countOf = (page: Page, folder: string) =>
    page
      .locator(`[data-testid="inbox-folder"][data-folder="${folder}"] [data-testid="inbox-folder-count"]`)
      .textContent();

  it("moves a conversation from Unassigned to In progress to Closed, with a note only staff see", async () => {
    const id = await demoCustomerWrites(app, "886955000001", "Yu-Ting", "Is my order ready?");
    // The demo number runs a bot: hand the conversation to the people's queue.
    expect((await api("PATCH", `/api/v1/conversations/${id}`, { status: "pending" })).status).toBe(200);

    const page = await signInWithToken(app, "/", { width: 1400, height: 900 });
    await expect.poll(() => countOf(page, "unassigned"), { timeout: 15_000 }).toBe("1");
    expect([await countOf(page, "in_progress"), await countOf(page, "closed")]).toEqual(["0", "0"]);
    expect(await countOf(page, "all")).toBe("1");

    // `?` lists the shortcuts; Escape closes the list.
    await page.locator("body").press("?");
    await expect.poll(() => page.getByTestId("shortcut-help").count()).toBe(1);
    expect(await page.getByTestId("shortcut-help").textContent()).toContain("Next conversation");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.getByTestId("shortcut-help").count()).toBe(0);

    await page.locator('[data-testid="inbox-folder"][data-folder="unassigned"]').click();
    await expect.poll(() => new URL(page.url()).search).toBe("?folder=unassigned");
    const item = page.locator('[data-testid="conversation-item"][data-contact="886955000001"]');
    await item.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/conversations/${id}`);
    expect(new URL(page.url()).search).toBe("?folder=unassigned");
    await expect.poll(() => page.getByTestId("contact-panel").textContent()).toContain("886955000001");

    // `e` takes the conversation (the focus is on the list, not in a field).
    await item.focus();
    await page.keyboard.press("e");
    await expect.poll(() => countOf(page, "in_progress"), { timeout: 10_000 }).toBe("1");
    expect(await countOf(page, "unassigned")).toBe("0");
    // Typing `e` in the composer is just a letter.
    await page.getByTestId("composer-input").fill("");
    await page.getByTestId("composer-input").press("e");
    expect(await page.getByTestId("composer-input").inputValue()).toBe("e");

    await page.getByTestId("composer-mode-note").click();
    await page.getByTestId("composer-input").fill("Customer prefers pickup at Xinyi.");
    await page.getByTestId("composer-send").click();
    const note = page.getByTestId("thread-note");
    await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
    expect(await note.textContent()).toContain("Customer prefers pickup at Xinyi.");
    const messages = (await api("GET", `/api/v1/conversations/${id}/messages`)).json as {
      items: { content: { text?: string } }[];
    };
    expect(messages.items.map((m) => m.content.text)).not.toContain("Customer prefers pickup at Xinyi.");

    await page.getByTestId("conversation-close").click();
    await expect.poll(() => countOf(page, "closed"), { timeout: 10_000 }).toBe("1");
    expect(await countOf(page, "in_progress")).toBe("0");
    const conversation = (await api("GET", `/api/v1/conversations/${id}`)).json as {
      conversation: { status: string };
    };
    expect(conversation.conversation.status).toBe("closed");
  });

  it("writes an approved template by itself once the customer's last message is over 24 hours old", async () => {
    const accountId = (await channelAccounts(api)).find(
      (a) => a.channel === "whatsapp" && a.externalId === app.running.app.demo.phoneNumberId,
    )?.id;
    expect(accountId).toBeDefined();
    const created = await api("POST", `/api/v1/channel-accounts/${accountId}/templates`, {
      name: "order_ready",
      language: "en",
      category: "utility",
      body: { text: "Hi {{1}}, your order {{2}} is ready.", examples: { "1": "Ling", "2": "A-17" } },
    });
    expect(created.status).toBe(201);
    await expect
      .poll(
        async () => {
          const list = (await api("GET", `/api/v1/channel-accounts/${accountId}/templates`)).json as {
            items: { name: string; status: string }[];
          };
          return list.items.find((t) => t.name === "order_ready")?.status;
        },
        { timeout: 15_000 },
      )
      .toBe("APPROVED");

    const id = await demoCustomerWrites(app, "886955000002", "Chen", "Any news about my order?");
    await app.running.app.switchboard.database.db
      .updateTable("conversations")
      .set({ last_inbound_at: Date.now() - DAY_MS - 60_000 })
      .where("id", "=", id)
      .execute();

    const page = await signInWithToken(app, "/", { width: 1400, height: 900 });
    await page.goto(`${app.running.url}/conversations/${id}?folder=all`);
    const composer = page.locator("form.composer");
    await expect.poll(() => composer.getAttribute("data-mode"), { timeout: 15_000 }).toBe("template");
    expect(await page.getByTestId("composer-window").getAttribute("data-state")).toBe("closed");
    expect(await page.getByTestId("composer-mode-text").count()).toBe(0);

    await page.getByTestId("template-select").selectOption({ label: "order_ready (en)" });
    const variables = page.getByTestId("template-variable");
    await expect.poll(() => variables.count()).toBe(2);
    await variables.nth(0).fill("Chen");
    await variables.nth(1).fill("B-42");
    expect(await page.getByTestId("template-preview-text").textContent()).toContain(
      "Hi Chen, your order B-42 is ready.",
    );
    await page.getByTestId("template-send").click();
    await expect
      .poll(
        async () => {
          const list = (await api("GET", `/api/v1/conversations/${id}/messages`)).json as {
            items: { direction: string; status: string; content: { kind?: string; name?: string } }[];
          };
          const sent = list.items.find((m) => m.direction === "outbound" && m.content.kind === "template");
          return sent === undefined ? undefined : [sent.content.name, sent.status !== "failed"];
        },
        { timeout: 15_000 },
      )
      .toEqual(["order_ready", true]);
  });
});
