import { describe, expect, it } from "vitest";
import { parseApiError } from "./api-error";

describe("parseApiError", () => {
  it("reads code, message, violations and issues from the error body", () => {
    const error = parseApiError(422, {
      error: {
        code: "message_invalid",
        message: "The message breaks WhatsApp's limits",
        violations: [
          {
            path: "body",
            rule: "max_length",
            message: "body: 1100 characters, WhatsApp allows 1024",
            limit: 1024,
            actual: 1100,
          },
          { nonsense: true },
        ],
        issues: [{ path: ["message", "body"], message: "Required" }],
      },
    });
    expect(error.status).toBe(422);
    expect(error.code).toBe("message_invalid");
    expect(error.message).toBe("The message breaks WhatsApp's limits");
    expect(error.violations).toEqual([
      {
        path: "body",
        rule: "max_length",
        message: "body: 1100 characters, WhatsApp allows 1024",
        limit: 1024,
        actual: 1100,
      },
    ]);
    expect(error.issues).toEqual([{ path: "message.body", message: "Required" }]);
  });

  it("falls back to a code from the status when the body is not ours", () => {
    const error = parseApiError(401, "Unauthorized");
    expect(error.code).toBe("unauthorized");
    expect(error.message).toBe("HTTP 401");
    expect(error.violations).toEqual([]);
  });
});
