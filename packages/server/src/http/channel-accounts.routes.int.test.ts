import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../testing/test-databases.js";
import { startTestSwitchboard } from "../testing/test-switchboard.js";
import type { TestSwitchboard } from "../testing/test-switchboard.js";

const metaSecrets = {
  accessToken: "EAAP-page-token",
  appSecret: "page-app-secret",
  verifyToken: "page-verify",
};

describe.each(testDialects)("channel accounts per channel (%s)", (dialect) => {
  let t: TestSwitchboard;
  beforeAll(async () => {
    t = await startTestSwitchboard(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  it("connects a LINE channel by its bot user id, without a verify token", async () => {
    const created = await t.api("POST", "/api/v1/channel-accounts", {
      channel: "line",
      name: "Salon LINE",
      externalId: "Uaaaabbbbccccddddeeeeffff00001111",
      settings: { lineBasicId: "@salon" },
      secrets: { accessToken: "line-channel-token", appSecret: "line-channel-secret" },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      channelAccount: {
        channel: "line",
        settings: { lineBasicId: "@salon" },
        secretsSet: { accessToken: true, appSecret: true, verifyToken: false },
      },
    });
    expect((created.json as { channelAccount: { webhookUrl: string } }).channelAccount.webhookUrl).toMatch(
      /\/webhooks\/line$/,
    );
  });

  it("refuses a LINE bot user id that is not U and 32 hex digits, naming the field", async () => {
    const refused = await t.api("POST", "/api/v1/channel-accounts", {
      channel: "line",
      name: "Salon LINE",
      externalId: "@salon",
      secrets: { accessToken: "line-channel-token", appSecret: "line-channel-secret" },
    });
    expect(refused.status).toBe(400);
    const issues = (refused.json as { error: { issues: { path: string; message: string }[] } }).error.issues;
    expect(issues).toEqual([
      {
        path: "body.externalId",
        message: "must be the LINE bot's user id (U and 32 lowercase hex digits, the webhooks' destination)",
      },
    ]);
  });

  it("refuses a Messenger page without a verify token or with a non-numeric id, naming each field", async () => {
    const refused = await t.api("POST", "/api/v1/channel-accounts", {
      channel: "messenger",
      name: "Salon page",
      externalId: "salon.page",
      secrets: { accessToken: "EAAP-page-token", appSecret: "page-app-secret" },
    });
    expect(refused.status).toBe(400);
    const paths = (refused.json as { error: { issues: { path: string; message: string }[] } }).error.issues;
    expect(paths).toEqual([
      { path: "body.externalId", message: "must be the Facebook Page id (5 to 32 digits)" },
      {
        path: "body.secrets.verifyToken",
        message: "required for messenger: Meta sends it in the webhook handshake",
      },
    ]);
  });

  it("answers Meta's handshake for an Instagram account, also after its name changed", async () => {
    const created = await t.api("POST", "/api/v1/channel-accounts", {
      channel: "instagram",
      name: "Salon IG",
      externalId: "17841400000000009",
      settings: { instagramUsername: "salon.tw" },
      secrets: metaSecrets,
    });
    expect(created.status).toBe(201);
    const id = (created.json as { channelAccount: { id: string } }).channelAccount.id;
    expect((await t.api("PATCH", `/api/v1/channel-accounts/${id}`, { name: "Salon Instagram" })).status).toBe(
      200,
    );
    const handshake = await fetch(
      `${t.switchboard.url}/webhooks/instagram?hub.mode=subscribe&hub.verify_token=${metaSecrets.verifyToken}&hub.challenge=4711`,
    );
    expect(handshake.status).toBe(200);
    expect(await handshake.text()).toBe("4711");
    const wrong = await fetch(
      `${t.switchboard.url}/webhooks/instagram?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=4711`,
    );
    expect(wrong.status).toBe(403);
  });
});
