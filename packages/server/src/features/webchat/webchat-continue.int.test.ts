import { afterEach, describe, expect, it } from "vitest";
import { connectLineChannel, connectMessengerPage } from "../../testing/test-channels.js";
import { testBot, welcomeSays } from "../../testing/test-bots.js";
import type { ConnectedChannel } from "../../testing/test-channels.js";
import { testDialects } from "../../testing/test-databases.js";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { importBot } from "../channels/channel-test-support.js";
import { connectWebchat } from "./webchat.test-support.js";
import type { TestWebchat } from "./webchat.test-support.js";

/** A page shows Get Started once a bot runs on it (publishing sets the button up). */
const welcomeBot = testBot("Welcome", welcomeSays("Hi!"));

interface ContactView {
  contact: { personId: string; identities: { contactId: string; channel: string }[] };
}

/** The channels of the person who wrote on `channelAccountId` as `externalId`, once they are linked. */
async function linkedChannels(
  t: TestSwitchboard,
  channelAccountId: string,
  externalId: string,
): Promise<string[]> {
  return eventually(async () => {
    const row = await t.switchboard.database.db
      .selectFrom("contacts")
      .select("id")
      .where("channel_account_id", "=", channelAccountId)
      .where("external_id", "=", externalId)
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const view = (await t.api("GET", `/api/v1/contacts/${row.id}`)).json as ContactView;
    return view.contact.identities.length > 0 ? view.contact.identities.map((i) => i.channel) : undefined;
  }, `the ${externalId} contact linked`);
}

async function visitorWrote(chat: TestWebchat): Promise<string> {
  const visitor = String((await chat.call("POST", "session", {})).json.visitorToken);
  await chat.call("POST", "messages", { id: "m1", message: { kind: "text", text: "Hello" } }, { visitor });
  return visitor;
}

describe.each(testDialects)("continuing a web chat elsewhere (%s)", (dialect) => {
  let t: TestSwitchboard | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  async function start(connect: (t: TestSwitchboard) => Promise<ConnectedChannel>) {
    t = await startTestSwitchboard(dialect);
    const other = await connect(t);
    const chat = await connectWebchat(t, { continueOnAccountIds: [other.channelAccountId] });
    return { t, other, chat, visitor: await visitorWrote(chat) };
  }

  it("on Messenger: the m.me link's ref arrives with Get Started and joins the two contacts", async () => {
    const { t, other, chat, visitor } = await start(connectMessengerPage);
    await other.publish(await importBot(t, welcomeBot));
    const link = await chat.call("POST", "continue", { accountId: other.channelAccountId }, { visitor });
    const url = new URL(String(link.json.url));
    expect(`${url.host}${url.pathname}`).toBe("m.me/testbeauty");
    expect(url.searchParams.get("ref")).toBe(link.json.code);
    await other.personActs("7100000000000001", { type: "get_started", ref: String(link.json.code) });
    expect(await linkedChannels(t, other.channelAccountId, "7100000000000001")).toEqual(["webchat"]);
  });

  it("on LINE: the prefilled message in Traditional Chinese carries the code", async () => {
    const { t, other, chat, visitor } = await start(connectLineChannel);
    const link = await chat.call(
      "POST",
      "continue",
      { accountId: other.channelAccountId, language: "zh-TW" },
      { visitor },
    );
    const url = String(link.json.url);
    expect(url).toMatch(/^https:\/\/line\.me\/R\/oaMessage\/%40testbeauty\/\?/);
    const prefilled = decodeURIComponent(url.slice(url.indexOf("?") + 1));
    expect(prefilled).toBe(`繼續網站上的對話（${String(link.json.code)}）`);
    const userId = "U2222222222222222222222222222bbbb";
    await other.personActs(userId, { type: "follow" });
    await other.personActs(userId, { type: "text", text: prefilled });
    expect(await linkedChannels(t, other.channelAccountId, userId)).toEqual(["webchat"]);
  });

  it("offers only the accounts the web chat lists", async () => {
    const { t, chat, visitor } = await start(connectMessengerPage);
    const answer = await chat.call("POST", "continue", { accountId: t.channelAccountId }, { visitor });
    expect(answer.status).toBe(404);
    expect(answer.json).toMatchObject({ error: { path: "accountId" } });
  });
});
