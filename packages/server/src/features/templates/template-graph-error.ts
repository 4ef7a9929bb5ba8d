/**
 * A failed template call to the Graph API → the error the API answers with, carrying Meta's own title,
 * message, code and subcode (template management errors put them in `error_user_title`/`error_user_msg`).
 */
import { z } from "zod";
import { AppError, ChannelError } from "@switchboard/core";

/** Meta's subcode for a name and language that already exist in the account (A5.1). */
const TEMPLATE_EXISTS_SUBCODE = 2388024;

const GraphErrorBody = z.object({
  error: z.object({
    code: z.number().int(),
    message: z.string().optional(),
    error_subcode: z.number().int().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    error_data: z.object({ details: z.string().optional() }).optional().catch(undefined),
  }),
});

/** What Meta said, as the API's `details`. */
export interface TemplateGraphErrorDetails {
  platformCode: number;
  platformSubcode?: number;
  platformTitle?: string;
  platformMessage?: string;
}

/**
 * `doing` is a phrase such as `create the template order_update (en_US)`. A refusal (Meta will not take
 * the request as it is) → 422 `template_refused`, or 409 `template_exists` for a duplicate name and
 * language; with Meta's sentence in the message and its codes in `details`. A failure that is not
 * about the template (token, outage, network) stays the ChannelError it is (502).
 */
export function templateGraphError(error: ChannelError, doing: string): AppError {
  const transient =
    error.retryable || error.code === "channel_auth_failed" || error.code === "channel_unavailable";
  const body = GraphErrorBody.safeParse(error.details);
  if (transient || !body.success) {
    return new ChannelError(`Could not ${doing}: ${error.message}`, {
      retryable: error.retryable,
      ...(error.platformCode === undefined ? {} : { platformCode: error.platformCode }),
      code: error.code,
      status: error.status,
      cause: error,
    });
  }
  const meta = body.data.error;
  const sentence = meta.error_user_msg ?? meta.error_data?.details ?? meta.message ?? "";
  const title = meta.error_user_title ?? meta.message;
  const codes = `error ${meta.code}${meta.error_subcode === undefined ? "" : `, subcode ${meta.error_subcode}`}`;
  const said = [title, sentence].filter((part) => part !== undefined && part !== "").join(": ");
  const details: TemplateGraphErrorDetails = {
    platformCode: meta.code,
    ...(meta.error_subcode === undefined ? {} : { platformSubcode: meta.error_subcode }),
    ...(title === undefined ? {} : { platformTitle: title }),
    ...(sentence === "" ? {} : { platformMessage: sentence }),
  };
  if (meta.error_subcode === TEMPLATE_EXISTS_SUBCODE) {
    return new AppError("template_exists", 409, `name: WhatsApp could not ${doing}: ${said} (${codes})`, {
      path: "name",
      details,
      cause: error,
    });
  }
  return new AppError("template_refused", 422, `WhatsApp refused to ${doing}: ${said} (${codes})`, {
    details,
    cause: error,
  });
}
