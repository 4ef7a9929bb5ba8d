import { describe, expect, it } from "vitest";
import { ApiError, parseApiError } from "../../api/api-error";
import { placeProblems, saveProblemOf } from "./form-problems";

describe("saveProblemOf", () => {
  it("keeps every limit violation with its path in the body's spelling", () => {
    const error = parseApiError(422, {
      error: {
        code: "template_invalid",
        message: "The template breaks WhatsApp's rules",
        violations: [
          { path: "body.examples.1", rule: "required", message: "body.examples.1: required" },
          { path: "buttons[0].text", rule: "max_length", message: "too long", limit: 25, actual: 30 },
        ],
      },
    });
    const problem = saveProblemOf(error);
    expect(problem.reason).toBeNull();
    expect(problem.problems.map((p) => p.path)).toEqual(["body.examples[1]", "buttons[0].text"]);
    expect(problem.problems[0]?.message).toBe("required");
    expect(problem.problems[1]).toMatchObject({ rule: "max_length", limit: 25, actual: 30 });
  });

  it("drops the request part of a request issue, once", () => {
    const error = parseApiError(400, {
      error: {
        code: "invalid_request",
        message: "bad",
        issues: [
          { path: "body.keywords.0.value", message: "Required" },
          { path: "body.body.text", message: "Expected string" },
          { path: "params.id", message: "Too short" },
        ],
      },
    });
    expect(saveProblemOf(error).problems).toEqual([
      { path: "keywords[0].value", rule: "invalid_request", message: "Required" },
      { path: "body.text", rule: "invalid_request", message: "Expected string" },
      { path: "params.id", rule: "invalid_request", message: "Too short" },
    ]);
  });

  it("keeps the paths of rule issues (422), which name the body's own fields", () => {
    const error = parseApiError(422, {
      error: {
        code: "automation_invalid",
        message: "sendPolicy.quietHours.timeZone: unknown IANA time zone",
        path: "sendPolicy.quietHours.timeZone",
        issues: [{ path: "sendPolicy.quietHours.timeZone", message: "unknown IANA time zone" }],
      },
    });
    expect(saveProblemOf(error).problems).toEqual([
      { path: "sendPolicy.quietHours.timeZone", rule: "invalid_request", message: "unknown IANA time zone" },
    ]);
    const template = parseApiError(422, {
      error: { code: "x", message: "m", issues: [{ path: "body.text", message: "Too long" }] },
    });
    expect(saveProblemOf(template).problems[0]?.path).toBe("body.text");
  });

  it("places a single error path, or a known code on its field", () => {
    const regex = parseApiError(422, {
      error: {
        code: "keyword_regex_invalid",
        message: "keywords[1].value: unterminated group",
        path: "keywords[1].value",
      },
    });
    expect(saveProblemOf(regex).problems).toEqual([
      {
        path: "keywords[1].value",
        rule: "keyword_regex_invalid",
        message: "keywords[1].value: unterminated group",
      },
    ]);
    const taken = parseApiError(409, {
      error: { code: "ref_link_code_taken", message: "code AUTUMN is taken" },
    });
    expect(saveProblemOf(taken, { ref_link_code_taken: "code" }).problems).toEqual([
      { path: "code", rule: "ref_link_code_taken", message: "code AUTUMN is taken" },
    ]);
    expect(saveProblemOf(taken).problems).toEqual([]);
  });

  it("gives only a reason when nothing names a field", () => {
    const graph = parseApiError(502, { error: { code: "graph_error", message: "Meta: invalid parameter" } });
    expect(saveProblemOf(graph)).toEqual({ problems: [], reason: "Meta: invalid parameter" });
    const network = new ApiError({ status: 0, code: "network_error", message: "Failed to fetch" });
    expect(saveProblemOf(network).reason).toBe("Failed to fetch");
    expect(saveProblemOf(new Error("boom")).reason).toBe("boom");
  });
});

describe("placeProblems", () => {
  const problems = [
    { path: "name", rule: "required", message: "a" },
    { path: "nowhere", rule: "x", message: "b" },
    { path: "hidden", rule: "x", message: "c" },
    { path: "name", rule: "max_length", message: "d" },
  ];
  const fieldOf = (path: string) => (path === "name" || path === "hidden" ? path : undefined);

  it("groups by field in arrival order and sends unclaimed or hidden ones to general", () => {
    const placed = placeProblems(problems, fieldOf, (field) => field !== "hidden");
    expect(placed.get("name")?.map((p) => p.message)).toEqual(["a", "d"]);
    expect(placed.get("general")?.map((p) => p.message)).toEqual(["b", "c"]);
    expect(placed.has("hidden")).toBe(false);
  });
});
