// The simulator's own check of WhatsApp media carousels (PLATFORMS.md A3.1): each limit at N and N+1.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type SimulatorRig, startSimulator, TEST_BUSINESS } from "../testing/start-simulator.js";

const PATH = `/v25.0/${TEST_BUSINESS.phoneNumberId}/messages`;

type GraphErrorBody = { error: { code: number; error_data?: { details: string } } };

function card(index: number, patch: Record<string, unknown> = {}) {
  return {
    card_index: index,
    type: "cta_url",
    header: { type: "image", image: { link: `https://shop.example/${index}.jpg` } },
    body: { text: `Card ${index}` },
    action: { name: "cta_url", parameters: { display_text: "Shop", url: "https://shop.example/p" } },
    ...patch,
  };
}

function carousel(cards: unknown[], body = "Our picks") {
  return {
    messaging_product: "whatsapp",
    recipient_type: "individual",
    to: "+16505551234",
    type: "interactive",
    interactive: { type: "carousel", body: { text: body }, action: { cards } },
  };
}

const cards = (n: number) => Array.from({ length: n }, (_, i) => card(i));

const cases: {
  name: string;
  limit: number;
  build: (n: number) => unknown;
  field: string;
  below?: boolean;
}[] = [
  { name: "cards", limit: 10, build: (n) => carousel(cards(n)), field: "interactive.action.cards" },
  {
    name: "cards (minimum)",
    limit: 2,
    build: (n) => carousel(cards(n)),
    field: "interactive.action.cards",
    below: true,
  },
  {
    name: "body",
    limit: 1024,
    build: (n) => carousel(cards(2), "b".repeat(n)),
    field: "interactive.body.text",
  },
  {
    name: "card body",
    limit: 160,
    build: (n) => carousel([card(0, { body: { text: "c".repeat(n) } }), card(1)]),
    field: "interactive.action.cards[0].body.text",
  },
  {
    name: "card body line breaks",
    limit: 2,
    build: (n) =>
      carousel([card(0, { body: { text: Array.from({ length: n + 1 }, () => "x").join("\n") } }), card(1)]),
    field: "interactive.action.cards[0].body.text",
  },
  {
    name: "card button text",
    limit: 20,
    build: (n) =>
      carousel([
        card(0, {
          action: {
            name: "cta_url",
            parameters: { display_text: "d".repeat(n), url: "https://shop.example" },
          },
        }),
        card(1),
      ]),
    field: "interactive.action.cards[0].action.parameters.display_text",
  },
];

describe("WhatsApp media carousel: N accepted, N+1 refused", () => {
  let rig: SimulatorRig;
  beforeEach(async () => {
    rig = await startSimulator({ settings: { statusWebhooks: false } });
  });
  afterEach(async () => rig.close());

  it.each(cases)("$name", async ({ limit, build, field, below }) => {
    expect((await rig.call("POST", PATH, build(limit))).status).toBe(200);
    const { status, body } = await rig.call("POST", PATH, build(below === true ? limit - 1 : limit + 1));
    expect(status).toBe(400);
    expect((body as GraphErrorBody).error.error_data?.details).toContain(field);
  });

  it("refuses cards whose headers differ in type", async () => {
    const video = card(1, { header: { type: "video", video: { link: "https://shop.example/1.mp4" } } });
    const { status, body } = await rig.call("POST", PATH, carousel([card(0), video]));
    expect(status).toBe(400);
    expect((body as GraphErrorBody).error.error_data?.details).toContain(
      "interactive.action.cards[1].header.type",
    );
  });
});
