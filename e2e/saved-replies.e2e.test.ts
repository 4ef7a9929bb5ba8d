// Saved replies end to end: an agent writes one with the customer's name as a variable, then answers a
// customer from the simulator by typing "/" in the composer and picking it with the keyboard.
import { describe, expect, it } from "vitest";
import { signInWithToken } from "./support/console.js";
import { newWhatsAppCustomer } from "./support/simulator.js";
import { useRunningApp } from "./support/suite.js";

describe("saved replies", () => {
  const app = useRunningApp("sqlite");

  it("inserts a saved reply filled with the customer's name, and the customer receives it", async () => {
    // A second reply, made through the API, sorts first: picking the agent's one takes ↓ then Enter.
    const other = await app.api("POST", "/api/v1/saved-replies", {
      title: "Opening hours",
      shortcut: "/hours",
      message: { kind: "text", text: "We open 10:00–22:00." },
    });
    expect(other.status).toBe(201);

    const console = await signInWithToken(app, "/", { width: 1280, height: 800 });
    await console.getByTestId("nav-saved-replies").click();
    await console.getByTestId("saved-reply-create").click();
    await console.getByTestId("saved-reply-title").fill("Welcome");
    await console.getByTestId("saved-reply-shortcut").fill("/welcome");
    await console.getByTestId("saved-reply-text").fill("Hi {{contact.name}}, welcome to Lumière!");
    await console.getByTestId("saved-reply-save").click();
    const row = console.locator('[data-testid="saved-reply-row"][data-shortcut="/welcome"]');
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    expect(await row.textContent()).toContain("Hi {{contact.name}}, welcome to Lumière!");

    const phone = await newWhatsAppCustomer(
      await app.browser.newPage(),
      app.running,
      "Ling",
      "+852 9123 4567",
      "Do you have the new lipstick?",
    );

    await console.getByTestId("nav-inbox").click();
    await console.locator('[data-testid="conversation-item"][data-contact="85291234567"]').click();
    const input = console.getByTestId("composer-input");
    await input.click();
    await input.pressSequentially("/");
    const picker = console.getByTestId("composer-saved-reply-picker");
    const options = console.getByTestId("composer-saved-reply-option");
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBe(2);
    expect(await options.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-shortcut")))).toEqual([
      "/hours",
      "/welcome",
    ]);
    await input.press("Escape");
    await expect.poll(() => picker.count()).toBe(0);
    await input.press("Backspace");
    await input.pressSequentially("/");
    await expect.poll(() => options.count(), { timeout: 10_000 }).toBe(2);
    await input.pressSequentially("w");
    await expect.poll(() => options.count()).toBe(1);
    await input.press("Backspace");
    await expect.poll(() => options.count()).toBe(2);
    await input.press("ArrowDown");
    expect(await options.nth(1).getAttribute("aria-selected")).toBe("true");
    await input.press("Enter");

    await expect.poll(() => input.inputValue(), { timeout: 10_000 }).toBe("Hi Ling, welcome to Lumière!");
    expect(await picker.count()).toBe(0);
    await console.getByTestId("composer-send").click();

    const outbound = phone.locator('[data-testid="message"][data-direction="out"]');
    await expect
      .poll(() => outbound.allTextContents(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining("Hi Ling, welcome to Lumière!"));
  });
});
