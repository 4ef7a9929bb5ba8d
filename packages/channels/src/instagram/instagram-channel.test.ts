import { createHmac } from "node:crypto";
import { describeChannelContract } from "../contract/channel-contract.js";
import { loadInstagramFixture } from "./fixtures/index.js";
import { instagramChannel } from "./instagram-channel.js";

describeChannelContract("Instagram", () => ({
  channel: instagramChannel,
  account: { accountId: "17841405793187218", appSecret: "app-secret-ig", verifyToken: "verify-ig" },
  secret: "app-secret-ig",
  sign: (rawBody, secret) =>
    new Headers({
      "x-hub-signature-256": `sha256=${createHmac("sha256", secret).update(rawBody).digest("hex")}`,
    }),
  textWebhook: loadInstagramFixture("message-text"),
  text: "請問這件有 M 號嗎？ 🙏",
  statusWebhook: loadInstagramFixture("seen"),
  overLimitMessage: {
    kind: "choices",
    style: "list",
    body: "號".repeat(334),
    sections: [{ options: Array.from({ length: 14 }, (_, i) => ({ id: `size_${i}`, title: `Size ${i}` })) }],
  },
  expectedViolations: 2,
  handshake: {
    verifyToken: "verify-ig",
    challenge: "2140716335",
    query: (verifyToken, challenge) =>
      new URLSearchParams({
        "hub.mode": "subscribe",
        "hub.verify_token": verifyToken,
        "hub.challenge": challenge,
      }),
  },
}));
