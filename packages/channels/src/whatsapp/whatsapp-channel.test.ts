import { createHmac } from "node:crypto";
import { describeChannelContract } from "../contract/channel-contract.js";
import { loadWhatsAppFixture } from "./fixtures/index.js";
import { whatsAppChannel } from "./whatsapp-channel.js";

describeChannelContract("WhatsApp", () => ({
  channel: whatsAppChannel,
  account: { phoneNumberId: "106540352242922", appSecret: "app-secret-1", verifyToken: "verify-me" },
  secret: "app-secret-1",
  sign: (rawBody, secret) =>
    new Headers({
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(rawBody).digest("hex")}`,
    }),
  textWebhook: loadWhatsAppFixture("message-text"),
  text: textOf(loadWhatsAppFixture("message-text")),
  statusWebhook: loadWhatsAppFixture("status-delivered"),
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

function textOf(body: unknown): string {
  const text = JSON.stringify(body).match(/"text":\{"body":"([^"]*)"/);
  return text?.[1] ?? "";
}
