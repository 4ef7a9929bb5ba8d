import { describe, expect, it } from "vitest";
import { GET_STARTED_PAYLOAD, moduleOpenPayload, readPostbackPayload } from "./postback-payload.js";

describe("readPostbackPayload", () => {
  it("tells Get Started, module openers and option ids apart", () => {
    expect(readPostbackPayload(GET_STARTED_PAYLOAD)).toEqual({ kind: "get_started" });
    expect(readPostbackPayload("GET_STARTED_CUSTOM", "GET_STARTED_CUSTOM")).toEqual({ kind: "get_started" });
    expect(readPostbackPayload(moduleOpenPayload("booking"))).toEqual({
      kind: "open_module",
      moduleId: "booking",
    });
    expect(readPostbackPayload("slot_sat_am")).toEqual({ kind: "option", optionId: "slot_sat_am" });
    expect(readPostbackPayload("module:")).toEqual({ kind: "option", optionId: "module:" });
  });
});
