import { describe, expect, it } from "vitest";
import { AppError } from "@switchboard/core";
import { notFound, orNotFound } from "./automation-route-parts.js";

describe("notFound", () => {
  it("answers 404 not_found naming what is missing", () => {
    const error = notFound("ref link rl_1");
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "not_found", status: 404, message: "ref link rl_1 does not exist" });
  });
});

describe("orNotFound", () => {
  it("passes every found value through, falsy ones too", () => {
    expect(orNotFound({ id: "k1" }, "keyword rule k1")).toEqual({ id: "k1" });
    expect(orNotFound(0, "count")).toBe(0);
    expect(orNotFound("", "text")).toBe("");
  });

  it("throws the 404 when there is no value", () => {
    expect(() => orNotFound(undefined, "keyword rule k9")).toThrow("keyword rule k9 does not exist");
  });
});
