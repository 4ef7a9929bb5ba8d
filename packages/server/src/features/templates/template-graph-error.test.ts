import { mapWhatsAppError } from "@switchboard/channels";
import { AppError, ChannelError } from "@switchboard/core";
import { describe, expect, it } from "vitest";
import { templateGraphError } from "./template-graph-error.js";

/** Meta's answer to a template management call it refuses (error_user_title / error_user_msg). */
const refusal = (subcode: number, title: string, text: string) =>
  mapWhatsAppError(400, {
    error: {
      message: "Invalid parameter",
      type: "OAuthException",
      code: 100,
      error_subcode: subcode,
      is_transient: false,
      error_user_title: title,
      error_user_msg: text,
      fbtrace_id: "AbCdEf",
    },
  });

describe("templateGraphError", () => {
  it("answers 422 template_refused with Meta's title, sentence and codes", () => {
    const error = templateGraphError(
      refusal(2388040, "Template is not valid", "body.text: 1025 characters, at most 1024"),
      "create the template order_update (en_US)",
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "template_refused",
      status: 422,
      message:
        "WhatsApp refused to create the template order_update (en_US): Template is not valid: body.text: 1025 characters, at most 1024 (error 100, subcode 2388040)",
      details: {
        platformCode: 100,
        platformSubcode: 2388040,
        platformTitle: "Template is not valid",
        platformMessage: "body.text: 1025 characters, at most 1024",
      },
    });
  });

  it("answers 409 template_exists on the name for a name and language Meta already holds", () => {
    const error = templateGraphError(
      refusal(
        2388024,
        "Message template already exists",
        "There is already en content for this template (x).",
      ),
      "create the template x (en)",
    );
    expect(error).toMatchObject({ code: "template_exists", status: 409, path: "name" });
    expect(error.message).toContain("There is already en content for this template (x).");
  });

  it("reads Meta's messaging-style error_data.details too", () => {
    const error = templateGraphError(
      mapWhatsAppError(400, {
        error: { message: "(#100) Invalid parameter", code: 100, error_data: { details: "name: bad" } },
      }),
      "delete the template x (en)",
    );
    expect(error).toMatchObject({ code: "template_refused", status: 422 });
    expect(error.message).toBe(
      "WhatsApp refused to delete the template x (en): (#100) Invalid parameter: name: bad (error 100)",
    );
  });

  it("keeps a token failure a 502 ChannelError with its code", () => {
    const auth = mapWhatsAppError(401, { error: { message: "Invalid OAuth access token", code: 190 } });
    const error = templateGraphError(auth, "list the account's templates");
    expect(error).toBeInstanceOf(ChannelError);
    expect(error).toMatchObject({ code: "channel_auth_failed", status: 502 });
    expect(error.message).toMatch(/^Could not list the account's templates: WhatsApp error 190/);
  });

  it("keeps an outage retryable", () => {
    const outage = new ChannelError("network down", { retryable: true, code: "channel_unavailable" });
    const error = templateGraphError(outage, "create the template x (en)");
    expect(error).toBeInstanceOf(ChannelError);
    expect((error as ChannelError).retryable).toBe(true);
  });
});
