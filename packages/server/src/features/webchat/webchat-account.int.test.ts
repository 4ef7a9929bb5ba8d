import { afterEach, describe, expect, it } from "vitest";
import { testDialects } from "../../testing/test-databases.js";
import { startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";

interface AccountAnswer {
  channelAccount: {
    id: string;
    externalId: string;
    settings: Record<string, unknown>;
    secretsSet: Record<string, boolean>;
  };
}

describe.each(testDialects)("web chat accounts (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("makes a widget key, keeps the settings, and serves the loader script and the demo page", async () => {
    t = await startTestSwitchboard(dialect);
    const created = await t.api("POST", "/api/v1/channel-accounts", {
      channel: "webchat",
      name: "Shop chat",
      settings: { allowedOrigins: ["https://shop.example.com"], continueOnAccountIds: [t.channelAccountId] },
      secrets: { appSecret: "identity-secret" },
    });
    expect(created.status).toBe(201);
    const account = (created.json as AccountAnswer).channelAccount;
    expect(account.externalId).toMatch(/^wc_[A-Za-z0-9_-]{24}$/);
    expect(account.settings).toEqual({
      allowedOrigins: ["https://shop.example.com"],
      continueOnAccountIds: [t.channelAccountId],
    });
    expect(account.secretsSet).toMatchObject({ appSecret: true });

    const loader = await fetch(`${t.switchboard.url}/webchat/widget.js`);
    expect(loader.headers.get("content-type")).toContain("javascript");
    expect(await loader.text()).toContain("/webchat/widget/main.js");
    const demo = await fetch(`${t.switchboard.url}/webchat/demo?key=${account.externalId}`);
    expect(demo.status).toBe(200);
    expect(await demo.text()).toContain(`data-key="${account.externalId}"`);
    const missing = await fetch(`${t.switchboard.url}/webchat/widget/..%2Fsecret.js`);
    expect(missing.status).toBe(404);
  });

  it("names the field of a wrong setting", async () => {
    t = await startTestSwitchboard(dialect);
    const base = { channel: "webchat", name: "Shop chat", secrets: { appSecret: "s" } };
    const origin = await t.api("POST", "/api/v1/channel-accounts", {
      ...base,
      settings: { allowedOrigins: ["https://shop.example.com/path"] },
    });
    expect(origin.status).toBe(400);
    expect(JSON.stringify(origin.json)).toContain("body.settings.allowedOrigins.0");
    const unknown = await t.api("POST", "/api/v1/channel-accounts", {
      ...base,
      settings: { continueOnAccountIds: ["nope"] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json).toMatchObject({ error: { path: "settings.continueOnAccountIds[0]" } });
    const key = await t.api("POST", "/api/v1/channel-accounts", {
      ...base,
      externalId: "my key",
      settings: {},
    });
    expect(JSON.stringify(key.json)).toContain("body.externalId");
    const onWhatsApp = await t.api("POST", "/api/v1/channel-accounts", {
      channel: "whatsapp",
      name: "Other",
      externalId: "106540352240000",
      settings: { allowedOrigins: ["https://shop.example.com"] },
      secrets: { accessToken: "t", appSecret: "s", verifyToken: "v" },
    });
    expect(onWhatsApp.status).toBe(400);
    expect(JSON.stringify(onWhatsApp.json)).toContain("web chat settings");
    const noToken = await t.api("POST", "/api/v1/channel-accounts", {
      channel: "line",
      name: "Other",
      externalId: "U0123456789abcdef0123456789abc000",
      secrets: { appSecret: "s" },
    });
    expect(JSON.stringify(noToken.json)).toContain("body.secrets.accessToken");
  });
});
