import { describe, expect, it } from "vitest";
import { parseApiError } from "../../api/api-error";
import { sendProblemOf } from "./send-problem";

describe("sendProblemOf", () => {
  it("keeps the server's reason for a closed window", () => {
    const reason =
      "The customer's last message was 30 hours ago; outside the 24-hour window only an approved template can be sent.";
    const error = parseApiError(409, { error: { code: "window_closed", message: reason } });
    expect(sendProblemOf(error)).toEqual({ kind: "window_closed", message: reason });
  });

  it("returns every violation of a 422", () => {
    const violations = [
      { path: "sections[0].options[0].title", rule: "max_length", message: "…", limit: 24, actual: 31 },
      { path: "sections[0].options", rule: "max_items", message: "…", limit: 10, actual: 11 },
    ];
    const error = parseApiError(422, { error: { code: "message_invalid", message: "Invalid", violations } });
    expect(sendProblemOf(error)).toEqual({ kind: "invalid", source: "limits", problems: violations });
  });

  it("turns 400 issues into problems with message paths", () => {
    const issues = [{ path: "message.sections.0.options.1.id", message: "Expected string" }];
    const error = parseApiError(400, { error: { code: "invalid_request", message: "Invalid body", issues } });
    expect(sendProblemOf(error)).toEqual({
      kind: "invalid",
      source: "request",
      problems: [{ path: "sections[0].options[1].id", rule: "invalid_request", message: "Expected string" }],
    });
  });

  it("reports anything else with its message", () => {
    expect(sendProblemOf(parseApiError(500, "<html>Bad gateway</html>"))).toEqual({
      kind: "failed",
      message: "HTTP 500",
    });
  });
});
