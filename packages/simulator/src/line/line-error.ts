/**
 * Errors of the LINE Messaging API look-alike, in LINE's shape (PLATFORMS.md D):
 * `{ "message": "…", "details": [{ "message": "…", "property": "messages[0].text" }] }`.
 */
export interface LineErrorDetail {
  message: string;
  property: string;
}

export class LineError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly details: LineErrorDetail[] = [],
    /** Extra fields of the answer (the 409 of a reused retry key carries `sentMessages`). */
    readonly extra: Record<string, unknown> = {},
    /** Extra response headers (`x-line-accepted-request-id`). */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "LineError";
  }

  toJSON(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.details.length > 0 ? { details: this.details } : {}),
      ...this.extra,
    };
  }
}

/** LINE's 400 for an invalid body: "The request body has N error(s)" and one detail per problem. */
export function bodyErrors(details: LineErrorDetail[]): LineError {
  return new LineError(400, `The request body has ${details.length} error(s)`, details);
}
