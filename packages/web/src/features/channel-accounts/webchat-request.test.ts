import { describe, expect, it } from "vitest";
import { parseOrigins, scriptTag, webchatRequest } from "./webchat-request";

describe("the web chat form", () => {
  it("reads origins one per line or separated by commas, dropping trailing slashes and blanks", () => {
    expect(
      parseOrigins(" https://shop.example.com/\n\nhttps://m.shop.example.com, http://localhost:8080 "),
    ).toEqual(["https://shop.example.com", "https://m.shop.example.com", "http://localhost:8080"]);
  });

  it("sends no widget key and no access token, only the identity secret and the settings given", () => {
    expect(
      webchatRequest({
        name: " Shop ",
        origins: "https://shop.example.com",
        continueOnAccountIds: ["acc1"],
        appSecret: " s3cret ",
      }),
    ).toEqual({
      channel: "webchat",
      name: "Shop",
      settings: { allowedOrigins: ["https://shop.example.com"], continueOnAccountIds: ["acc1"] },
      secrets: { appSecret: "s3cret" },
    });
    expect(
      webchatRequest({ name: "Shop", origins: "", continueOnAccountIds: [], appSecret: "x" }).settings,
    ).toEqual({});
  });

  it("points the script tag at the server that answers the webhooks, whatever page shows it", () => {
    const account = { webhookUrl: "https://chat.example.com/webhooks/webchat", externalId: "wc_abc12345" };
    expect(scriptTag(account, "http://localhost:5173")).toBe(
      '<script src="https://chat.example.com/webchat/widget.js" data-key="wc_abc12345" async></script>',
    );
    expect(scriptTag({ ...account, webhookUrl: "/webhooks/webchat" }, "http://localhost:3000")).toContain(
      'src="http://localhost:3000/webchat/widget.js"',
    );
  });
});
