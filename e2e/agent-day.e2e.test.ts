// An agent's day in a real browser, from the simulator's phone to the report: a customer asks for a
// person outside business hours and gets the store's offline reply once; the store's agent signs in with
// e-mail and password, takes the conversation from the unassigned queue, answers with a shared saved
// reply that the customer receives; an order posted through the API then shows in the agent's report.
import { describe, expect, it } from "vitest";
import { channelAccounts } from "./support/admin-api.js";
import { dialects, useRunningApp } from "./support/suite.js";

const OFFLINE = "Our counter is closed now; a beauty advisor will answer when we open.";

describe.each(dialects)("an agent's day on %s", (dialect) => {
  const app = useRunningApp(dialect);
  const api = app.api;

  it("queues the customer with one offline reply; the agent takes over, answers with a saved reply and is credited the order", async () => {
    const running = app.running;
    const whatsapp = (await channelAccounts(api)).find(
      (a) => a.externalId === running.app.demo.phoneNumberId,
    );
    expect(whatsapp).toBeDefined();
    // A store closed all week serves the demo number: whenever a customer reaches it, it is after hours.
    const store = await api("POST", "/api/v1/stores", {
      name: "Xinyi counter",
      timeZone: "Asia/Taipei",
      offlineReply: OFFLINE,
      channelAccounts: [{ channelAccountId: whatsapp?.id, isDefault: true }],
    });
    expect(store.status).toBe(201);
    const storeId = (store.json as { store: { id: string } }).store.id;
    const agent = await api("POST", "/api/v1/users", {
      name: "Amy Lin",
      email: "amy@example.com",
      role: "agent",
      password: "amy-password-2026",
      storeIds: [storeId],
    });
    expect(agent.status).toBe(201);
    const amyId = (agent.json as { user: { id: string } }).user.id;
    const reply = await api("POST", "/api/v1/saved-replies", {
      title: "Booked",
      shortcut: "/booked",
      message: { kind: "text", text: "Hi {{contact.name}}, your trial at Xinyi is booked." },
    });
    expect(reply.status).toBe(201);

    // The customer asks for a person in the simulator.
    const phone = await app.browser.newPage({ viewport: { width: 480, height: 900 } });
    await phone.goto(`${running.url}/simulator/`);
    await phone.getByTestId("new-customer-name").fill("Ling");
    await phone.getByTestId("new-customer-phone").fill("+852 9123 4567");
    await phone.getByTestId("create-customer").click();
    await phone.getByTestId("composer-input").fill("human");
    await phone.getByTestId("composer-send").click();
    const outbound = phone.locator('[data-testid="message"][data-direction="out"]');
    await expect
      .poll(() => outbound.allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining(OFFLINE));
    // Writing again while waiting does not repeat the offline reply.
    await phone.getByTestId("composer-input").fill("Is anyone there?");
    await phone.getByTestId("composer-send").click();
    const conversations = async () =>
      (
        (await api("GET", "/api/v1/conversations")).json as {
          items: { id: string; status: string; storeId: string | null; contact: { externalId: string } }[];
        }
      ).items.find((c) => c.contact.externalId === "85291234567");
    await expect.poll(async () => (await conversations())?.status, { timeout: 15_000 }).toBe("pending");
    const conversation = await conversations();
    expect(conversation?.storeId).toBe(storeId);
    const messages = async () =>
      (
        (await api("GET", `/api/v1/conversations/${conversation?.id}/messages`)).json as {
          items: { direction: string; content: { text?: string } }[];
        }
      ).items;
    await expect
      .poll(async () => (await messages()).filter((m) => m.direction === "inbound").length, {
        timeout: 15_000,
      })
      .toBe(2);
    expect((await messages()).filter((m) => m.content.text === OFFLINE)).toHaveLength(1);

    // The agent signs in with e-mail and password and finds the customer in the unassigned queue.
    const context = await app.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const console = await context.newPage();
    await console.goto(running.url);
    await console.getByTestId("email-input").fill("amy@example.com");
    await console.getByTestId("password-input").fill("amy-password-2026");
    await console.getByTestId("password-sign-in").click();
    const unassigned = console.locator('[data-testid="inbox-folder"][data-folder="unassigned"]');
    await expect
      .poll(() => unassigned.getByTestId("inbox-folder-count").textContent(), { timeout: 15_000 })
      .toBe("1");
    await unassigned.click();
    await console.locator('[data-testid="conversation-item"][data-contact="85291234567"]').click();
    await console.getByTestId("conversation-take").click();
    await expect
      .poll(async () => ((await conversations()) as { assignedUserId?: string } | undefined)?.assignedUserId)
      .toBe(amyId);

    // She answers with the shared saved reply; the customer receives it.
    const input = console.getByTestId("composer-input");
    await input.click();
    await input.pressSequentially("/book");
    const options = console.getByTestId("composer-saved-reply-option");
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBe(1);
    await input.press("Enter");
    await expect.poll(() => input.inputValue()).toBe("Hi Ling, your trial at Xinyi is booked.");
    await console.getByTestId("composer-send").click();
    await expect
      .poll(() => outbound.allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining("Hi Ling, your trial at Xinyi is booked."));

    // An order for the customer, posted through the API, is credited to her.
    const order = await api("POST", "/api/v1/orders", {
      orderId: "LUM-1001",
      externalCustomerId: "85291234567",
      amount: 2_580_00,
      currency: "TWD",
      items: [{ sku: "TRIAL-KIT", name: "Trial kit", quantity: 1, unitPrice: 2_580_00 }],
    });
    expect(order.status).toBe(201);
    await console.getByTestId("nav-reports").click();
    const row = console.getByTestId("agent-report-row");
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.getByTestId("report-orders").textContent()).toBe("1");
    expect(await row.textContent()).toContain("Amy Lin");
    await expect
      .poll(() => console.getByTestId("order-credit").textContent())
      .toBe("Amy Lin · Xinyi counter");
    await context.close();
    await phone.close();
  });
});
