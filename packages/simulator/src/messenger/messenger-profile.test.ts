import { afterEach, describe, expect, it } from "vitest";
import { type ChannelRig, startChannelRig, TEST_INSTAGRAM, TEST_PAGE } from "../testing/channel-rigs.js";

const PROFILE = "/v25.0/me/messenger_profile";

describe("Messenger Profile API", () => {
  let rig: ChannelRig;
  afterEach(async () => rig.close());

  const post = (body: unknown, token: string = TEST_PAGE.accessToken) =>
    rig.call("POST", PROFILE, body, token);
  const menu = (n: number) => [
    {
      locale: "default",
      call_to_actions: Array.from({ length: n }, (_, i) => ({
        type: "postback",
        title: `Item ${i}`,
        payload: `M${i}`,
      })),
    },
  ];
  const iceBreakers = (n: number) => [
    {
      locale: "default",
      call_to_actions: Array.from({ length: n }, (_, i) => ({ question: `Q${i}?`, payload: `I${i}` })),
    },
  ];

  it("sets, reads and deletes fields; the menu needs Get Started", async () => {
    rig = await startChannelRig();
    const early = await post({ persistent_menu: menu(2) });
    expect(early.body).toMatchObject({
      error: {
        code: 100,
        message: "(#100) You must set a Get Started button if you also wish to use persistent menu.",
      },
    });
    expect(
      (
        await post({
          get_started: { payload: "GET_STARTED" },
          greeting: [{ locale: "default", text: "Hi {{user_first_name}}" }],
        })
      ).body,
    ).toEqual({ result: "success" });
    expect((await post({ persistent_menu: menu(20), ice_breakers: iceBreakers(4) })).status).toBe(200);
    const read = await rig.call(
      "GET",
      `${PROFILE}?fields=get_started,persistent_menu`,
      undefined,
      TEST_PAGE.accessToken,
    );
    expect(read.body).toEqual({
      data: [{ get_started: { payload: "GET_STARTED" }, persistent_menu: menu(20) }],
    });
    expect(
      (
        await rig.call(
          "DELETE",
          PROFILE,
          { fields: ["persistent_menu", "ice_breakers"] },
          TEST_PAGE.accessToken,
        )
      ).body,
    ).toEqual({ result: "success" });
    const after = await rig.call("GET", `/_sim/api/meta/accounts/${TEST_PAGE.id}/profile`);
    expect(Object.keys(after.body as object).sort()).toEqual(["get_started", "greeting"]);
    const noFields = await rig.call("GET", PROFILE, undefined, TEST_PAGE.accessToken);
    expect(noFields.body).toMatchObject({
      error: { code: 100, message: "(#100) The parameter fields is required" },
    });
  });

  it("holds the limits: menu 20 items, ice breakers 4, greeting 160, menu title 30", async () => {
    rig = await startChannelRig();
    await post({ get_started: { payload: "GO" } });
    expect((await post({ persistent_menu: menu(21) })).body).toMatchObject({
      error: { code: 105, message: expect.stringContaining("persistent_menu[0][call_to_actions]") },
    });
    expect((await post({ ice_breakers: iceBreakers(5) })).body).toMatchObject({ error: { code: 105 } });
    expect((await post({ greeting: [{ locale: "default", text: "語".repeat(160) }] })).status).toBe(200);
    expect((await post({ greeting: [{ locale: "default", text: "語".repeat(161) }] })).body).toMatchObject({
      error: { code: 100 },
    });
    expect((await post({ greeting: [{ locale: "en_US", text: "Hi" }] })).body).toMatchObject({
      error: { error_user_msg: expect.stringContaining('locale "default"') },
    });
    const longTitle = [
      { locale: "default", call_to_actions: [{ type: "postback", title: "x".repeat(31), payload: "P" }] },
    ];
    expect((await post({ persistent_menu: longTitle })).body).toMatchObject({ error: { code: 100 } });
  });

  it("takes only ice breakers and the menu on Instagram", async () => {
    rig = await startChannelRig();
    expect((await post({ ice_breakers: iceBreakers(4) }, TEST_INSTAGRAM.accessToken)).status).toBe(200);
    expect((await post({ persistent_menu: menu(3) }, TEST_INSTAGRAM.accessToken)).status).toBe(200);
    expect((await post({ get_started: { payload: "GO" } }, TEST_INSTAGRAM.accessToken)).body).toMatchObject({
      error: { code: 100 },
    });
  });
});
