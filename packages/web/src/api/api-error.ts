/** Turns any failed API answer into one error type the console can show field by field. */
import type { LimitViolation, RequestIssue } from "./types";

/** Codes the API documents, plus `network_error` when the server could not be reached. */
export type ApiErrorCode =
  | "invalid_request"
  | "unauthorized"
  | "not_found"
  | "window_closed"
  | "message_invalid"
  | "network_error"
  | (string & {});

/** A failed API call: `{ code, message, violations?, issues? }` from the error body. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly path: string | undefined;
  readonly violations: LimitViolation[];
  readonly issues: RequestIssue[];
  /** The error object as the server sent it, for codes whose details a feature reads itself. */
  readonly raw: Readonly<Record<string, unknown>>;

  constructor(init: {
    status: number;
    code: ApiErrorCode;
    message: string;
    path?: string;
    violations?: LimitViolation[];
    issues?: RequestIssue[];
    raw?: Record<string, unknown>;
  }) {
    super(init.message);
    this.name = "ApiError";
    this.status = init.status;
    this.code = init.code;
    this.path = init.path;
    this.violations = init.violations ?? [];
    this.issues = init.issues ?? [];
    this.raw = init.raw ?? {};
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalNumber(value: unknown): number | undefined {
  return typeof value === "number" ? value : undefined;
}

function parseViolation(value: unknown): LimitViolation | undefined {
  if (!isRecord(value) || typeof value.path !== "string" || typeof value.message !== "string")
    return undefined;
  const violation: LimitViolation = {
    path: value.path,
    rule: typeof value.rule === "string" ? value.rule : "invalid",
    message: value.message,
  };
  const limit = optionalNumber(value.limit);
  const actual = optionalNumber(value.actual);
  if (limit !== undefined) violation.limit = limit;
  if (actual !== undefined) violation.actual = actual;
  return violation;
}

function issuePath(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(String).join(".");
  return undefined;
}

function parseIssue(value: unknown): RequestIssue | undefined {
  if (!isRecord(value) || typeof value.message !== "string") return undefined;
  return { path: issuePath(value.path) ?? "", message: value.message };
}

function parseList<T>(value: unknown, parse: (item: unknown) => T | undefined): T[] {
  if (!Array.isArray(value)) return [];
  return value.map(parse).filter((item): item is T => item !== undefined);
}

function fallbackCode(status: number): ApiErrorCode {
  if (status === 400) return "invalid_request";
  if (status === 401) return "unauthorized";
  if (status === 404) return "not_found";
  if (status === 409) return "window_closed";
  if (status === 422) return "message_invalid";
  return "http_error";
}

/** Pure: the HTTP status and the (possibly non-JSON) body of a failed answer → an `ApiError`. */
export function parseApiError(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : {};
  const code = typeof error.code === "string" ? error.code : fallbackCode(status);
  const message = typeof error.message === "string" ? error.message : `HTTP ${status}`;
  const init: ConstructorParameters<typeof ApiError>[0] = {
    status,
    code,
    message,
    violations: parseList(error.violations, parseViolation),
    issues: parseList(error.issues, parseIssue),
    raw: error,
  };
  if (typeof error.path === "string") init.path = error.path;
  return new ApiError(init);
}
