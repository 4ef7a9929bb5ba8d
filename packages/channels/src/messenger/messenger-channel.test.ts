import { createHmac } from "node:crypto";
import { describeChannelContract } from "../contract/channel-contract.js";
import { loadMessengerFixture } from "./fixtures/index.js";
import { messengerChannel } from "./messenger-channel.js";

describeChannelContract("Messenger", () => ({
  channel: messengerChannel,
  account: { pageId: "108914855231537", appSecret: "app-secret-1", verifyToken: "verify-me" },
  secret: "app-secret-1",
  sign: (rawBody, secret) =>
    new Headers({
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(rawBody).digest("hex")}`,
    }),
  textWebhook: loadMessengerFixture("message-text"),
  text: "請問週六還有位子嗎？ 😀",
  // One delivered status: the contract wants exactly one status event.
  statusWebhook: {
    object: "page",
    entry: [
      {
        id: "108914855231537",
        time: 1749416390500,
        messaging: [
          {
            sender: { id: "6783475981684362" },
            recipient: { id: "108914855231537" },
            timestamp: 1749416390123,
            delivery: { mids: ["m_OUT1"], watermark: 1749416390000 },
          },
        ],
      },
    ],
  },
  overLimitMessage: {
    kind: "choices",
    style: "buttons",
    body: "Pick a time",
    sections: [
      {
        options: [
          { id: "a", title: "A title far longer than twenty" },
          { id: "b", title: "B" },
          { id: "c", title: "C" },
          { id: "d", title: "D" },
        ],
      },
    ],
  },
  expectedViolations: 2,
  handshake: {
    verifyToken: "verify-me",
    challenge: "1158201444",
    query: (verifyToken, challenge) =>
      new URLSearchParams({
        "hub.mode": "subscribe",
        "hub.verify_token": verifyToken,
        "hub.challenge": challenge,
      }),
  },
}));
