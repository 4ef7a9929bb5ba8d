// The demo bot on the simulator's Messenger and LINE tabs, in a real browser: a customer says hi, gets the
// counters in the platform's own form, taps one, and is taken through the time and the confirmation.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { newChannelPerson } from "./support/simulator.js";
import { dialects, useRunningApp } from "./support/suite.js";

describe.each(dialects)("the demo bot on Messenger and LINE on %s", (dialect) => {
  const app = useRunningApp(dialect);

  const outbound = (page: Page) => page.locator('[data-testid="ch-message"][data-direction="out"]');

  async function sayHi(channel: "messenger" | "line", name: string): Promise<Page> {
    const phone = await newChannelPerson(await app.browser.newPage(), app.running, channel, name);
    await phone.getByTestId("ch-composer-input").fill("hi");
    await phone.getByTestId("ch-composer-send").click();
    return phone;
  }

  it("offers the counters as quick replies on Messenger and books the trial", async () => {
    const phone = await sayHi("messenger", "Anna Chen");
    const counter = phone.getByTestId("ch-quick-reply").filter({ hasText: "Shin Kong A11" });
    await expect.poll(() => counter.count(), { timeout: 15_000 }).toBe(1);
    await expect.poll(() => outbound(phone).last().textContent()).toContain("Which counter suits you?");
    await counter.click();

    const time = phone.getByTestId("ch-quick-reply").filter({ hasText: "tomorrow at 19:00" });
    await expect.poll(() => time.count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => outbound(phone).last().textContent())
      .toContain("Great, Shin Kong A11. When would you like to come?");
    await time.click();

    const confirm = phone
      .locator('[data-testid="ch-button"][data-kind="postback"]')
      .filter({ hasText: "Confirm" });
    await expect.poll(() => confirm.count(), { timeout: 15_000 }).toBe(1);
    await confirm.click();
    await expect
      .poll(() => outbound(phone).last().textContent(), { timeout: 15_000 })
      .toContain("You're booked: Shin Kong A11, tomorrow at 19:00.");
  });

  it("offers the counters as buttons on LINE and books the trial", async () => {
    const phone = await sayHi("line", "Wang Xiaoming");
    const counter = phone.getByTestId("ch-button").filter({ hasText: "IFC Mall" });
    await expect.poll(() => counter.count(), { timeout: 15_000 }).toBe(1);
    await counter.click();

    const time = phone.getByTestId("ch-button").filter({ hasText: "tomorrow at 11:00" });
    await expect.poll(() => time.count(), { timeout: 15_000 }).toBe(1);
    await expect
      .poll(() => outbound(phone).last().textContent())
      .toContain("Great, IFC Mall. When would you like to come?");
    await time.click();

    const confirm = phone.getByTestId("ch-button").filter({ hasText: "Confirm" });
    await expect.poll(() => confirm.count(), { timeout: 15_000 }).toBe(1);
    await confirm.click();
    await expect
      .poll(() => outbound(phone).last().textContent(), { timeout: 15_000 })
      .toContain("You're booked: IFC Mall, tomorrow at 11:00.");
  });
});
