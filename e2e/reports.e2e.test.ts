// The reports page in a real browser: an order posted through the API for a customer an agent handles
// shows in that agent's row and in the recent orders with the credit; the agent sees only their own row
// and no store table, the admin sees the stores too.
import { describe, expect, it } from "vitest";
import { signInWithToken } from "./support/console.js";
import { demoCustomerWrites } from "./support/simulator.js";
import { dialects, useRunningApp } from "./support/suite.js";

describe.each(dialects)("the reports page on %s", (dialect) => {
  const app = useRunningApp(dialect);
  const api = app.api;

  it("shows an order posted through the API in the agent's row and credits it in the recent orders", async () => {
    const store = (await api("POST", "/api/v1/stores", { name: "Xinyi counter", timeZone: "Asia/Taipei" }))
      .json as { store: { id: string } };
    const storeId = store.store.id;
    const newUser = async (name: string, email: string) =>
      (
        (
          await api("POST", "/api/v1/users", {
            name,
            email,
            role: "agent",
            password: "agent-password-2026",
            storeIds: [storeId],
          })
        ).json as { user: { id: string } }
      ).user.id;
    const annId = await newUser("Ann Chen", "ann@example.com");
    await newUser("Bob Wu", "bob@example.com");
    const id = await demoCustomerWrites(app, "886955100001", "Yu-Ting", "Do you have the serum?");
    expect(
      (await api("PATCH", `/api/v1/conversations/${id}`, { assignedUserId: annId, storeId })).status,
    ).toBe(200);
    const posted = await api("POST", "/api/v1/orders", {
      orderId: "XY-5001",
      externalCustomerId: "886955100001",
      amount: 129_900,
      currency: "USD",
      items: [{ sku: "SER-30", name: "Serum 30 ml", quantity: 1, unitPrice: 129_900 }],
    });
    expect(posted.status).toBe(201);

    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const ann = await context.newPage();
    await ann.goto(`${app.running.url}/reports`);
    await ann.getByTestId("email-input").fill("ann@example.com");
    await ann.getByTestId("password-input").fill("agent-password-2026");
    await ann.getByTestId("password-sign-in").click();
    await expect.poll(() => ann.getByTestId("agent-report-row").count()).toBe(1);
    const row = ann.getByTestId("agent-report-row");
    expect(await row.getAttribute("data-key")).toBe(annId);
    expect(await row.getByTestId("report-orders").textContent()).toBe("1");
    expect(await row.getByTestId("report-revenue").textContent()).toBe("$1,299.00");
    expect(await ann.getByTestId("store-report").count()).toBe(0);
    await expect.poll(() => ann.getByTestId("order-credit").textContent()).toBe("Ann Chen · Xinyi counter");
    await context.close();

    const admin = await signInWithToken(app, "/reports");
    await expect.poll(() => admin.getByTestId("agent-report-row").count()).toBe(2);
    await expect.poll(() => admin.getByTestId("store-report-row").count()).toBe(1);
    expect(await admin.getByTestId("store-report-row").textContent()).toContain("Xinyi counter");
    await admin.getByTestId("nav-reports").click();
    await admin.getByTestId("report-preset").selectOption("custom");
    await admin.getByTestId("report-from").fill("2020-01-01");
    await admin.getByTestId("report-to").fill("2020-01-02");
    await expect.poll(() => admin.getByTestId("recent-orders").count()).toBe(0);
    expect(await admin.getByText("No orders in this period.").count()).toBe(1);
    await admin.close();
  });
});
