import { describe, expect, it } from "vitest";
import { accountFieldForPath } from "./account-form-fields";

describe("accountFieldForPath", () => {
  it("finds the field an issue names, however the path is written", () => {
    expect(accountFieldForPath("secrets.accessToken")).toBe("accessToken");
    expect(accountFieldForPath("/settings/wabaId")).toBe("wabaId");
    expect(accountFieldForPath("externalId")).toBe("externalId");
  });

  it("leaves issues about the whole body to the form", () => {
    expect(accountFieldForPath("")).toBeUndefined();
    expect(accountFieldForPath("channel")).toBeUndefined();
  });
});
