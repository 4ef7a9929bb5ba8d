/** A Graph API error: HTTP status plus Meta's error JSON (`{"error":{message,type,code,…}}`). */
import { newFbtraceId } from "./ids.js";

/** Meta's short message for each code it sends synchronously. */
const TITLES: Record<number, string> = {
  1: "An unknown error occurred",
  100: "Invalid parameter",
  190: "Invalid OAuth access token - Cannot parse access token",
  2500: "Unknown path components",
  130429: "Rate limit hit",
  131008: "Required parameter is missing",
  131009: "Parameter value is not valid",
  131021: "Recipient cannot be sender",
  131053: "Media upload error",
  131056: "(Business Account, Consumer Account) pair rate limit hit",
  132000: "Number of parameters does not match the expected number of params",
  132001: "Template name does not exist in the translation",
  132012: "Parameter format does not match format in the created template",
  132018: "There was an issue with the parameters in your template",
};

export interface GraphErrorOptions {
  /** Replaces the usual `(#code) title` message, as Meta does for auth and object errors. */
  message?: string;
  httpStatus?: number;
  type?: string;
  subcode?: number;
  /** For template management errors Meta fills these instead of `error_data`. */
  userTitle?: string;
  /** When false, the answer carries no `error_data` (auth and path errors). */
  messagingData?: boolean;
}

export class GraphError extends Error {
  readonly code: number;
  readonly details: string;
  readonly httpStatus: number;
  readonly type: string;
  readonly subcode: number | undefined;
  readonly userTitle: string | undefined;
  readonly messagingData: boolean;

  constructor(code: number, details: string, options: GraphErrorOptions = {}) {
    super(options.message ?? `(#${code}) ${TITLES[code] ?? "Invalid parameter"}`);
    this.name = "GraphError";
    this.code = code;
    this.details = details;
    this.httpStatus = options.httpStatus ?? 400;
    this.type = options.type ?? "OAuthException";
    this.subcode = options.subcode;
    this.userTitle = options.userTitle;
    this.messagingData = options.messagingData ?? true;
  }

  /** The title Meta puts in asynchronous `errors[]` entries for this code. */
  get title(): string {
    return TITLES[this.code] ?? "Invalid parameter";
  }

  toJSON(): { error: Record<string, unknown> } {
    const error: Record<string, unknown> = { message: this.message, type: this.type, code: this.code };
    if (this.subcode !== undefined) error.error_subcode = this.subcode;
    if (this.userTitle !== undefined) {
      error.is_transient = false;
      error.error_user_title = this.userTitle;
      error.error_user_msg = this.details;
    } else if (this.messagingData) {
      error.error_data = { messaging_product: "whatsapp", details: this.details };
    }
    error.fbtrace_id = newFbtraceId();
    return { error };
  }
}

/** Error 190: the bearer token is missing or is not this business's. */
export function invalidTokenError(): GraphError {
  return new GraphError(190, "Invalid OAuth access token", {
    message: "Invalid OAuth access token - Cannot parse access token",
    httpStatus: 401,
    messagingData: false,
  });
}

/** Error 100 subcode 33: the object does not exist or this token may not use it. */
export function unknownObjectError(id: string, method: "get" | "post" | "delete"): GraphError {
  const message = `Unsupported ${method} request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation`;
  return new GraphError(100, message, {
    message,
    type: "GraphMethodException",
    subcode: 33,
    messagingData: false,
  });
}
