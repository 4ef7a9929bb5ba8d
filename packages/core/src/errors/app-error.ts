/** Errors with a stable machine code, an HTTP status and a sentence that names the field and the rule. */
export interface AppErrorOptions {
  /** JSON path of the offending field, e.g. `message.options[2].title`. */
  path?: string;
  details?: unknown;
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly path: string | undefined;
  readonly details: unknown;

  constructor(code: string, status: number, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.status = status;
    this.path = options.path;
    this.details = options.details;
  }
}

/** A failure reported by (or on the way to) a messaging platform. */
export class ChannelError extends AppError {
  /** True when sending the same request again later may succeed. */
  readonly retryable: boolean;
  /** The platform's own error code (e.g. WhatsApp 131047), when it gave one. */
  readonly platformCode: number | undefined;
  /** Minimum wait before a retry, when the platform's rules say so (e.g. pair rate limit). */
  readonly retryAfterMs: number | undefined;

  constructor(
    message: string,
    options: {
      retryable: boolean;
      platformCode?: number;
      retryAfterMs?: number;
      code?: string;
      status?: number;
      details?: unknown;
      cause?: unknown;
    },
  ) {
    super(options.code ?? "channel_error", options.status ?? 502, message, {
      details: options.details,
      cause: options.cause,
    });
    this.name = "ChannelError";
    this.retryable = options.retryable;
    this.platformCode = options.platformCode;
    this.retryAfterMs = options.retryAfterMs;
  }
}
