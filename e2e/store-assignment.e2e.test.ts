// The stores page's assignment panel in a real browser: a store switched to round robin shows the new
// mode in its row, and its agents' load; the server keeps the mode.
import { describe, expect, it } from "vitest";
import { signInWithToken } from "./support/console.js";
import { dialects, useRunningApp } from "./support/suite.js";

describe.each(dialects)("store assignment on %s", (dialect) => {
  const app = useRunningApp(dialect);
  const api = async (method: string, path: string, body?: unknown) =>
    (await app.api(method, path, body)).json;

  it("switches a store to round robin and lists its agents with their capacity", async () => {
    const { store } = (await api("POST", "/api/v1/stores", {
      name: "Taichung counter",
      timeZone: "Asia/Taipei",
    })) as {
      store: { id: string };
    };
    await api("POST", "/api/v1/users", {
      email: "mei@example.com",
      name: "Mei",
      role: "agent",
      password: "a-long-password-1",
      storeIds: [store.id],
      capacity: 4,
    });

    const page = await signInWithToken(app, "/stores");
    const row = page.getByTestId("store-row").filter({ hasText: "Taichung counter" });
    await expect.poll(() => row.getByTestId("store-assignment-mode").textContent()).toContain("Manually");
    await row.click();
    const panel = page.getByTestId("assignment-panel");
    await expect.poll(() => panel.getByTestId("assignment-agents").textContent()).toContain("Mei");
    expect(await panel.getByTestId("assignment-agents").textContent()).toContain("0 of 4 in progress");

    await panel.getByTestId("assignment-mode").selectOption("round_robin");
    await expect.poll(() => row.getByTestId("store-assignment-mode").textContent()).toContain("Round robin");
    const stored = (await api("GET", `/api/v1/stores/${store.id}/assignment`)) as {
      assignment: { mode: string };
    };
    expect(stored.assignment.mode).toBe("round_robin");

    await page.close();
  });
});
