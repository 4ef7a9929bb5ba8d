import { describe, expect, it } from "vitest";
import { accountFieldForPath, accountFieldsByChannel, needsVerifyToken } from "./account-form-fields";

describe("accountFieldForPath", () => {
  it("finds the field an issue names, however the path is written", () => {
    expect(accountFieldForPath("secrets.accessToken")).toBe("accessToken");
    expect(accountFieldForPath("/settings/wabaId")).toBe("wabaId");
    expect(accountFieldForPath("externalId")).toBe("externalId");
    expect(accountFieldForPath("body.secrets.verifyToken")).toBe("verifyToken");
    expect(accountFieldForPath("settings.lineBasicId")).toBe("lineBasicId");
  });

  it("leaves issues about the whole body to the form", () => {
    expect(accountFieldForPath("")).toBeUndefined();
    expect(accountFieldForPath("channel")).toBeUndefined();
  });
});

describe("accountFieldsByChannel", () => {
  it("asks Meta's channels for a verify token and LINE for none", () => {
    expect(needsVerifyToken("messenger")).toBe(true);
    expect(needsVerifyToken("instagram")).toBe(true);
    expect(needsVerifyToken("line")).toBe(false);
  });

  it("names the secrets as each platform does", () => {
    const labels = (channel: "messenger" | "line") =>
      accountFieldsByChannel[channel].map((spec) => spec.label);
    expect(labels("messenger")).toContain("accountsChannel.pageAccessToken");
    expect(labels("line")).toEqual(
      expect.arrayContaining(["accountsChannel.channelSecret", "accountsChannel.lineUserId"]),
    );
  });
});
