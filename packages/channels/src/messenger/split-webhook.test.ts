import { describe, expect, it } from "vitest";
import { loadMessengerFixture, messengerFixtureNames, type MessengerFixtureName } from "./fixtures/index.js";
import { parseMessengerWebhook } from "./parse-webhook.js";
import { splitMessengerWebhook } from "./split-webhook.js";

const PAGE = "108914855231537";
const PSID = "6783475981684362";
const mid = (n: string) =>
  `m_AG5Hz2Uq7tuwNEhXfYYKj8mJEM_QPpz5jdCK48PnKAjSdjfipqxqMvK8ma6AC8fplwlqLP_5cgXIbu7I3rB${n}`;
const keyOf = (name: MessengerFixtureName) =>
  splitMessengerWebhook(loadMessengerFixture(name)).map((i) => i.dedupeKey);

describe("splitMessengerWebhook", () => {
  it("gives one body per event, each a complete envelope addressed to the Page", () => {
    const items = splitMessengerWebhook(loadMessengerFixture("batch"));
    expect(items).toHaveLength(5);
    for (const item of items) {
      expect(item.accountExternalId).toBe(PAGE);
      expect(item.body).toMatchObject({ object: "page", entry: [{ id: PAGE }] });
    }
    // The malformed item is still stored (hashed), and parses to nothing.
    expect(items.map((i) => parseMessengerWebhook(i.body).map((e) => e.type))).toEqual([
      ["message"],
      ["status_watermark"],
      ["message"],
      [],
      ["comment"],
    ]);
  });

  it.each([
    ["message-text", `message:${mid("0P")}`],
    ["message-images", `message:${mid("1A")}`],
    ["echo", `echo:${mid("OUT1")}`],
    ["postback-get-started", `postback:${mid("11")}`],
    ["postback-without-mid", `postback:${PAGE}:${PSID}:1749416383123`],
    ["referral-shortlink", `referral:${PAGE}:${PSID}:1749416383123`],
    ["optin-notifications", `optin:${PAGE}:${PSID}:1749416383123`],
    ["optin-user-ref", `optin:${PAGE}:ur_7d8e9f0a1b2c:1749416383123`],
    ["delivery", `delivery:${PAGE}:${PSID}:1749416390000`],
    ["read", `read:${PAGE}:${PSID}:1749416395000`],
    ["reaction", `reaction:${PAGE}:${PSID}:${mid("OUT1")}:react:1749416383123`],
    ["feed-comment", "comment:122104562318001_1043215687234567:add"],
    ["feed-comment-edited", undefined],
  ] as const)("%s is keyed %s", (name, key) => {
    expect(keyOf(name)).toEqual([key]);
  });

  it("gives the same keys for a redelivery and distinct keys to distinct events", () => {
    const again = messengerFixtureNames.flatMap((name) => keyOf(name));
    expect(messengerFixtureNames.flatMap((name) => keyOf(name))).toEqual(again);
    const batch = keyOf("batch");
    expect(batch.filter((k) => k !== undefined)).toHaveLength(4);
    expect(new Set(batch).size).toBe(batch.length);
  });

  it("splits standby items and refuses other envelopes", () => {
    const body = {
      object: "page",
      entry: [
        {
          id: PAGE,
          time: 1,
          standby: [{ sender: { id: PSID }, timestamp: 5, message: { mid: "m_s", text: "x" } }],
        },
      ],
    };
    expect(splitMessengerWebhook(body)).toEqual([
      {
        accountExternalId: PAGE,
        dedupeKey: "standby:message:m_s",
        body: { object: "page", entry: [{ id: PAGE, time: 1, standby: [body.entry[0]?.standby[0]] }] },
      },
    ]);
    for (const other of [undefined, {}, { object: "instagram", entry: [] }, { object: "page", entry: "x" }]) {
      expect(splitMessengerWebhook(other)).toEqual([]);
    }
  });
});
