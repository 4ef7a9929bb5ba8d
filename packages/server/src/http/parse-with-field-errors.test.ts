import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@switchboard/core";
import { parseWithFieldErrors } from "./parse-with-field-errors.js";

const Schema = z
  .object({ name: z.string().min(1), items: z.array(z.object({ value: z.string().min(2) })) })
  .strict();

function errorOf(value: unknown): AppError {
  try {
    parseWithFieldErrors(Schema, value, "thing_invalid");
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("parseWithFieldErrors", () => {
  it("returns the parsed value when every rule holds", () => {
    expect(parseWithFieldErrors(Schema, { name: "a", items: [{ value: "ok" }] }, "thing_invalid")).toEqual({
      name: "a",
      items: [{ value: "ok" }],
    });
  });

  it("answers 422 with the first path in bracket form and every issue", () => {
    const error = errorOf({ name: "", items: [{ value: "ok" }, { value: "x" }] });
    expect(error.status).toBe(422);
    expect(error.code).toBe("thing_invalid");
    expect(error.path).toBe("name");
    expect(error.details).toEqual({
      issues: [
        { path: "name", message: expect.any(String) },
        { path: "items[1].value", message: expect.any(String) },
      ],
    });
    expect(error.message).toMatch(/^name: .+; items\[1\]\.value: /);
  });

  it("leaves the path out for an issue of the whole body", () => {
    const error = errorOf({ name: "a", items: [], extra: 1 });
    expect(error.path).toBe(undefined);
    expect(error.message).toMatch(/extra/);
  });
});
