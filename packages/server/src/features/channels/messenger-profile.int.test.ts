import { afterEach, describe, expect, it } from "vitest";
import { connectInstagramAccount, connectMessengerPage } from "../../testing/test-channels.js";
import { humanModule, sendsText, welcomeSays } from "../../testing/test-bots.js";
import type { ConnectedChannel } from "../../testing/test-channels.js";
import { testDialects } from "../../testing/test-databases.js";
import { startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { importBot, sentToCustomer } from "./channel-test-support.js";

const profile = {
  greeting: [
    { locale: "default", text: "Hi {{user_first_name}}, welcome to Test Beauty!" },
    { locale: "zh_TW", text: "歡迎光臨!" },
  ],
  persistentMenu: [
    {
      locale: "default",
      items: [
        { kind: "module", title: "Prices", moduleId: "prices" },
        { kind: "url", title: "Website", url: "https://example.com/salon" },
      ],
    },
  ],
  iceBreakers: [{ locale: "default", questions: [{ question: "When are you open?", moduleId: "hours" }] }],
};

const modules = [
  welcomeSays("Hello!"),
  // Reached only from the persistent menu and the ice breaker.
  sendsText("prices", "Prices", "A cut is 800 NTD."),
  sendsText("hours", "Hours", "Open 10:00–20:00."),
  humanModule,
];

type Profile = Record<string, unknown>;

async function simulatorProfile(t: TestSwitchboard, account: ConnectedChannel): Promise<Profile> {
  const response = await fetch(`${t.simulatorUrl}/_sim/api/meta/accounts/${account.externalId}/profile`);
  expect(response.status).toBe(200);
  return (await response.json()) as Profile;
}

/** The postback payload of the default locale's menu item or ice breaker titled `title`, as the platform holds it. */
function payloadOf(field: unknown, title: string): string {
  const sets = field as {
    locale: string;
    call_to_actions: { title?: string; question?: string; payload?: string }[];
  }[];
  const action = sets
    .find((set) => set.locale === "default")
    ?.call_to_actions.find((item) => item.title === title || item.question === title);
  if (action?.payload === undefined) throw new Error(`no postback titled ${title}`);
  return action.payload;
}

async function lastText(account: ConnectedChannel, userId: string, count: number): Promise<string> {
  const sent = await sentToCustomer(account, userId, count);
  const message = sent[count - 1]?.payload.message as { text?: string } | undefined;
  return message?.text ?? "";
}

describe.each(testDialects)("a bot's channel profile on Messenger and Instagram (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it("sets Get Started, greeting, menu and ice breakers on Messenger; a menu tap and an ice breaker open their module", async () => {
    t = await startTestSwitchboard(dialect);
    const page = await connectMessengerPage(t);
    await page.publish(await importBot(t, { name: "Salon", modules, profile }));
    const set = await simulatorProfile(t, page);
    expect(set.get_started).toEqual({ payload: "get_started" });
    expect(set.greeting).toEqual(profile.greeting);
    expect(set.persistent_menu).toEqual([
      {
        locale: "default",
        call_to_actions: [
          { type: "postback", title: "Prices", payload: "module:prices" },
          { type: "web_url", title: "Website", url: "https://example.com/salon" },
        ],
      },
    ]);
    expect(set.ice_breakers).toEqual([
      { locale: "default", call_to_actions: [{ question: "When are you open?", payload: "module:hours" }] },
    ]);

    const menuTapper = "7200000000000001";
    await page.personActs(menuTapper, {
      type: "postback",
      title: "Prices",
      payload: payloadOf(set.persistent_menu, "Prices"),
    });
    expect(await lastText(page, menuTapper, 1)).toBe("A cut is 800 NTD.");

    const asker = "7200000000000002";
    await page.personActs(asker, {
      type: "postback",
      title: "When are you open?",
      payload: payloadOf(set.ice_breakers, "When are you open?"),
    });
    expect(await lastText(page, asker, 1)).toBe("Open 10:00–20:00.");
  });

  it("sets only the menu and ice breakers on Instagram; an ice breaker opens its module; unpublishing clears them", async () => {
    t = await startTestSwitchboard(dialect);
    const ig = await connectInstagramAccount(t);
    const botId = await importBot(t, { name: "Salon", modules, profile });
    await ig.publish(botId);
    const set = await simulatorProfile(t, ig);
    expect(Object.keys(set).sort()).toEqual(["ice_breakers", "persistent_menu"]);
    const igsid = "8200000000000001";
    await ig.personActs(igsid, {
      type: "postback",
      title: "When are you open?",
      payload: payloadOf(set.ice_breakers, "When are you open?"),
    });
    expect(await lastText(ig, igsid, 1)).toBe("Open 10:00–20:00.");
    await ig.personActs(igsid, {
      type: "postback",
      title: "Prices",
      payload: payloadOf(set.persistent_menu, "Prices"),
    });
    expect(await lastText(ig, igsid, 2)).toBe("A cut is 800 NTD.");

    const stopped = await t.api("POST", `/api/v1/bots/${botId}/unpublish`, {
      channelAccountIds: [ig.channelAccountId],
    });
    expect(stopped.status).toBe(200);
    expect(stopped.json).toEqual({ deployments: [] });
    expect(await simulatorProfile(t, ig)).toEqual({});
  });

  it("clears the greeting, menu and ice breakers when a bot without a profile is published, keeping Get Started", async () => {
    t = await startTestSwitchboard(dialect);
    const page = await connectMessengerPage(t);
    await page.publish(await importBot(t, { name: "Salon", modules, profile }));
    expect(Object.keys(await simulatorProfile(t, page)).sort()).toEqual([
      "get_started",
      "greeting",
      "ice_breakers",
      "persistent_menu",
    ]);
    const plain = modules.filter((m) => m.id === "welcome" || m.id === "human");
    await page.publish(await importBot(t, { name: "Plain", modules: plain }));
    expect(await simulatorProfile(t, page)).toEqual({ get_started: { payload: "get_started" } });
  });

  it("lists a too-long greeting, a too-long menu title and a missing module as publish problems with their paths", async () => {
    t = await startTestSwitchboard(dialect);
    const page = await connectMessengerPage(t);
    const ig = await connectInstagramAccount(t);
    const broken = {
      greeting: [{ locale: "default", text: "x".repeat(161) }],
      persistentMenu: [
        {
          locale: "default",
          items: [
            { kind: "module", title: "Prices", moduleId: "prices" },
            { kind: "module", title: "A title much longer than twenty", moduleId: "hours" },
          ],
        },
      ],
      iceBreakers: [{ locale: "default", questions: [{ question: "Gone?", moduleId: "gone" }] }],
    };
    const botId = await importBot(t, { name: "Salon", modules, profile: broken });
    const published = await t.api("POST", `/api/v1/bots/${botId}/publish`, {
      channelAccountIds: [page.channelAccountId, ig.channelAccountId],
    });
    expect(published.status).toBe(422);
    const problems = (published.json as { error: { problems: { path: string; message: string }[] } }).error
      .problems;
    const paths = problems.map((p) => p.path);
    expect(paths).toContain("profile.iceBreakers[0].questions[0].moduleId");
    expect(paths).toContain("profile.greeting[0].text");
    expect(paths.filter((p) => p === "profile.persistentMenu[0].items[1].title")).toHaveLength(2);
    // Instagram shows no greeting: only Messenger names it.
    expect(problems.filter((p) => p.path === "profile.greeting[0].text").map((p) => p.message)).toEqual([
      expect.stringMatching(/^messenger: .*160/),
    ]);
    expect(await simulatorProfile(t, page)).toEqual({});
  });

  it("checks a profile live for Messenger and Instagram with paths inside the profile", async () => {
    t = await startTestSwitchboard(dialect);
    const checked = await t.api("POST", "/api/v1/bots/profile/check", {
      profile: { ...profile, greeting: [{ locale: "default", text: "x".repeat(161) }] },
      channels: ["messenger", "instagram", "whatsapp"],
    });
    expect(checked.status).toBe(200);
    const results = (
      checked.json as { results: { channel: string; violations: { path: string; rule: string }[] }[] }
    ).results;
    expect(results).toEqual([
      {
        channel: "messenger",
        violations: [expect.objectContaining({ path: "greeting[0].text", rule: "max_length" })],
      },
      { channel: "instagram", violations: [] },
      { channel: "whatsapp", violations: [] },
    ]);
    const malformed = await t.api("POST", "/api/v1/bots/profile/check", {
      profile: { iceBreakers: [{ locale: "default", questions: [{ question: "Hours?" }] }] },
      channels: ["messenger"],
    });
    expect(malformed.status).toBe(400);
  });
});
