// People and sign-in in a real browser: the admin creates an agent on the People page; the agent signs in
// with e-mail and password (a session cookie, CSRF on changes), sees only what agents may, stays signed in
// across a reload, and signs out; a wrong password is told without saying which part was wrong.
import { describe, expect, it } from "vitest";
import { signInWithToken } from "./support/console.js";
import { dialects, useRunningApp } from "./support/suite.js";

describe.each(dialects)("people and sign-in on %s", (dialect) => {
  const app = useRunningApp(dialect);

  it("creates an agent who then signs in with e-mail and password and sees only the agent's pages", async () => {
    const admin = await signInWithToken(app, "/people");
    await admin.getByTestId("user-create").click();
    await admin.getByTestId("user-name").fill("Amy Lin");
    await admin.getByTestId("user-email").fill("amy@example.com");
    await admin.getByTestId("user-password").fill("short");
    await admin.getByTestId("user-save").click();
    await expect.poll(() => admin.getByTestId("user-problem").textContent()).toContain("password");
    await admin.getByTestId("user-password").fill("amy-password-2026");
    await admin.getByTestId("user-save").click();
    await expect.poll(() => admin.getByTestId("user-row").count()).toBe(1);
    expect(await admin.getByTestId("user-row").textContent()).toContain("amy@example.com");
    await admin.getByTestId("people-tab-audit").click();
    await expect.poll(() => admin.getByTestId("audit-log").textContent()).toContain("POST /api/v1/users");
    await admin.close();

    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const agent = await context.newPage();
    await agent.goto(app.running.url);
    await agent.getByTestId("email-input").fill("amy@example.com");
    await agent.getByTestId("password-input").fill("not-her-password");
    await agent.getByTestId("password-sign-in").click();
    await expect.poll(() => agent.getByRole("alert").textContent()).toMatch(/e-mail or the password/i);

    await agent.getByTestId("password-input").fill("amy-password-2026");
    await agent.getByTestId("password-sign-in").click();
    await expect.poll(() => agent.getByTestId("signed-in-as").textContent()).toBe("amy@example.com");
    expect(await agent.getByTestId("nav-inbox").count()).toBe(1);
    expect(await agent.getByTestId("nav-bots").count()).toBe(0);
    expect(await agent.getByTestId("nav-people").count()).toBe(0);
    const cookies = await context.cookies();
    const session = cookies.find((cookie) => cookie.name === "switchboard_session");
    expect(session?.httpOnly).toBe(true);

    // The session survives a reload (the cookie, not storage, carries it).
    await agent.reload();
    await expect.poll(() => agent.getByTestId("signed-in-as").textContent()).toBe("amy@example.com");
    await agent.goto(`${app.running.url}/inbox`);
    await agent.getByTestId("sign-out").click();
    await expect.poll(() => agent.getByTestId("password-sign-in").count()).toBe(1);
    await expect
      .poll(async () => (await context.request.get(`${app.running.url}/api/v1/conversations`)).status())
      .toBe(401);
    await context.close();
  });
});
