import { describe, expect, it } from "vitest";
import { describeChannelContract } from "../contract/channel-contract.js";
import {
  VISITOR_ID,
  WIDGET_KEY,
  webchatReadWebhook,
  webchatTapWebhook,
  webchatTextWebhook,
} from "./fixtures.js";
import { splitWebchatWebhook } from "./split-webhook.js";
import { signWebchatBody } from "./verify-signature.js";
import { webchatChannel, WEBCHAT_SIGNATURE_HEADER } from "./webchat-channel.js";

const ACCOUNT = { widgetKey: WIDGET_KEY, secret: "3f9c1a7e5b2d8046c1e9a3f7b5d2c8e0" };
const sign = (raw: Buffer, secret: string) =>
  new Headers({ [WEBCHAT_SIGNATURE_HEADER]: signWebchatBody(raw, secret) });

describeChannelContract("Web chat", () => ({
  channel: webchatChannel,
  account: ACCOUNT,
  secret: ACCOUNT.secret,
  sign,
  textWebhook: webchatTextWebhook,
  text: "Do you have the serum in stock?",
  statusWebhook: webchatReadWebhook,
  overLimitMessage: {
    kind: "choices",
    style: "buttons",
    body: "x".repeat(4097),
    sections: [
      {
        options: [
          {
            id: "a",
            title: "A title far longer than eighty characters, which the widget would have to wrap badly",
          },
          { id: "a", title: "B" },
        ],
      },
    ],
  },
  expectedViolations: 3,
}));

describe("webchatChannel", () => {
  it("turns a tap on a list option into the option's choice reply", () => {
    expect(webchatChannel.parseWebhook(webchatTapWebhook)).toMatchObject([
      {
        type: "message",
        sender: { externalId: VISITOR_ID },
        content: { kind: "choice_reply", via: "list", optionId: "ifc", title: "IFC Mall" },
      },
    ]);
  });

  it("leaves malformed entries out and keeps the good ones", () => {
    const body = {
      object: "webchat",
      entry: [{ type: "message", widgetKey: WIDGET_KEY }, ...webchatTextWebhook.entry],
    };
    expect(webchatChannel.parseWebhook(body)).toHaveLength(1);
  });

  it("splits one body per entry, the same action always under the same key", () => {
    const body = { object: "webchat", entry: [...webchatTextWebhook.entry, ...webchatReadWebhook.entry] };
    const items = splitWebchatWebhook(body);
    expect(items.map((i) => i.dedupeKey)).toEqual([
      `${WIDGET_KEY}:m:${VISITOR_ID}:m_01JGX5Q8Z3`,
      `${WIDGET_KEY}:s:wc_01JGX5QD2M:read`,
    ]);
    expect(splitWebchatWebhook(items[0]?.body)[0]?.dedupeKey).toBe(items[0]?.dedupeKey);
  });
});
