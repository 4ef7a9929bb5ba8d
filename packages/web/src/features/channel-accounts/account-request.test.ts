import { describe, expect, it } from "vitest";
import { emptyAccountDraft } from "./account-form-fields";
import { accountRequest } from "./account-request";

const draft = {
  ...emptyAccountDraft,
  name: " Causeway Page ",
  externalId: " 104982738291047 ",
  wabaId: "102290129340398",
  pageUsername: "causewaybeauty",
  lineBasicId: "@causeway",
  accessToken: "EAAG-page-token",
  appSecret: "meta-app-secret",
  verifyToken: "handshake",
};

describe("accountRequest", () => {
  it("sends a Messenger page with its own settings only and the verify token", () => {
    expect(accountRequest("messenger", draft)).toEqual({
      channel: "messenger",
      name: "Causeway Page",
      externalId: "104982738291047",
      settings: { pageUsername: "causewaybeauty" },
      secrets: { accessToken: "EAAG-page-token", appSecret: "meta-app-secret", verifyToken: "handshake" },
    });
  });

  it("sends a LINE channel without a verify token, LINE having no handshake", () => {
    const request = accountRequest("line", { ...draft, externalId: "U4af4980629c5a8f2b3c5d6e7f8091a2b" });
    expect(request.settings).toEqual({ lineBasicId: "@causeway" });
    expect(request.secrets).toEqual({ accessToken: "EAAG-page-token", appSecret: "meta-app-secret" });
  });

  it("leaves blank optional settings out", () => {
    expect(accountRequest("instagram", draft).settings).toEqual({});
  });
});
