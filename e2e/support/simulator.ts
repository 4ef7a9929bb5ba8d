// Customers in the simulator: its phone pages (WhatsApp, Messenger, LINE) driven in the browser, and its
// own API for customers a test only needs as senders.
import { expect } from "vitest";
import type { Page } from "playwright-core";
import type { RunningApp } from "./app.js";
import type { AppFixture } from "./suite.js";

/**
 * Opens the simulator's WhatsApp phone on `phone` and creates a customer there; with `firstMessage`
 * the customer also sends it. Resolves to `phone`.
 */
export async function newWhatsAppCustomer(
  phone: Page,
  running: RunningApp,
  name: string,
  phoneNumber: string,
  firstMessage?: string,
): Promise<Page> {
  await phone.goto(`${running.url}/simulator/`);
  await phone.getByTestId("new-customer-name").fill(name);
  await phone.getByTestId("new-customer-phone").fill(phoneNumber);
  await phone.getByTestId("create-customer").click();
  if (firstMessage !== undefined) {
    await phone.getByTestId("composer-input").fill(firstMessage);
    await phone.getByTestId("composer-send").click();
  }
  return phone;
}

/** Opens the simulator's Messenger or LINE phone on `phone` and creates a person there. */
export async function newChannelPerson(
  phone: Page,
  running: RunningApp,
  channel: "messenger" | "line",
  name: string,
): Promise<Page> {
  await phone.goto(`${running.url}/simulator/?channel=${channel}`);
  await expect.poll(() => phone.getByTestId("channel-panel").getAttribute("data-platform")).toBe(channel);
  await phone.getByTestId("ch-new-person-name").fill(name);
  await phone.getByTestId("ch-create-person").click();
  return phone;
}

/** A customer of the demo WhatsApp number, made through the simulator's API, sends `text`. */
export async function demoCustomerSends(
  running: RunningApp,
  waId: string,
  name: string,
  text: string,
): Promise<void> {
  const post = (path: string, body: unknown) =>
    fetch(`${running.url}/simulator/_sim/api${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  await post("/customers", { waId, name });
  await post(`/customers/${waId}/send`, {
    phoneNumberId: running.app.demo.phoneNumberId,
    message: { type: "text", text },
  });
}

/** A customer of the demo number writes; resolves to their conversation's id once the API lists it. */
export async function demoCustomerWrites(
  app: AppFixture,
  waId: string,
  name: string,
  text: string,
): Promise<string> {
  await demoCustomerSends(app.running, waId, name, text);
  let id: string | undefined;
  await expect
    .poll(
      async () => {
        const list = (await app.api("GET", "/api/v1/conversations")).json as {
          items: { id: string; contact: { externalId: string } }[];
        };
        id = list.items.find((c) => c.contact.externalId === waId)?.id;
        return id;
      },
      { timeout: 15_000 },
    )
    .toBeDefined();
  return id ?? "";
}
