// The stores settings page in a real browser: a store is created with a weekly hours grid, a holiday and an
// offline message; the server's problem with overlapping hours shows next to the interval it names.
import { describe, expect, it } from "vitest";
import { signInWithToken } from "./support/console.js";
import { dialects, useRunningApp } from "./support/suite.js";

describe.each(dialects)("the stores page on %s", (dialect) => {
  const app = useRunningApp(dialect);

  it("creates a store, shows an overlap next to its interval, and saves once it is fixed", async () => {
    const page = await signInWithToken(app, "/stores");
    await page.getByTestId("store-create").click();
    await page.getByTestId("store-name").fill("Xinyi A11 counter");
    await page.getByTestId("store-timezone").fill("Asia/Taipei");
    await page.getByTestId("store-hours-monday-add").click();
    await page.getByTestId("store-hours-monday-1-start").fill("17:00");
    await page.getByTestId("store-hours-monday-1-end").fill("21:00");
    await page.getByTestId("store-hours-saturday-add").click();
    await page.getByTestId("store-hours-saturday-0-start").fill("22:00");
    await page.getByTestId("store-hours-saturday-0-end").fill("02:00");
    await page.getByTestId("store-holiday-add").click();
    await page.getByTestId("store-holiday-0-date").fill("2026-09-25");
    await page.getByTestId("store-holiday-0-name").fill("Moon Festival");
    await page.getByTestId("store-offline-reply").fill("We are closed now and will answer when we open.");
    await page.getByTestId("store-save").click();

    const problem = page.locator('[data-testid="violation"][data-path="hours.monday[1].start"]');
    await expect.poll(() => problem.textContent()).toContain("overlaps monday[0] 09:00–18:00");
    expect(await page.getByTestId("store-hours-monday-1-start").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByTestId("store-row").count()).toBe(0);

    await page.getByTestId("store-hours-monday-1-start").fill("18:30");
    await page.getByTestId("store-save").click();
    await expect.poll(() => page.getByTestId("store-row").count()).toBe(1);
    expect(await page.getByTestId("store-row").textContent()).toContain("Xinyi A11 counter");

    const { items } = (await app.api("GET", "/api/v1/stores")).json as {
      items: { hours: Record<string, unknown>; holidays: unknown[]; offlineReply: string }[];
    };
    expect(items[0]?.hours["monday"]).toEqual([
      { start: "09:00", end: "18:00" },
      { start: "18:30", end: "21:00" },
    ]);
    expect(items[0]?.hours["saturday"]).toEqual([{ start: "22:00", end: "02:00" }]);
    expect(items[0]?.holidays).toEqual([{ date: "2026-09-25", name: "Moon Festival", hours: [] }]);
    expect(items[0]?.offlineReply).toBe("We are closed now and will answer when we open.");

    // After a reload the row opens the saved store with its hours in the grid.
    await page.reload();
    await page.getByTestId("store-row").click();
    expect(await page.getByTestId("store-hours-monday-1-start").inputValue()).toBe("18:30");
    expect(await page.getByTestId("store-timezone").inputValue()).toBe("Asia/Taipei");
    await page.close();
  });
});
