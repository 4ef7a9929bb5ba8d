/** Why a `template` message may not be sent with the registry's copy of the template it names. */
import { checkTemplateSend } from "@switchboard/channels";
import type { LimitViolation, MessageOf } from "@switchboard/core";
import { APPROVED_STATUS, type Template } from "./template.js";

export type TemplateMessage = MessageOf<"template">;

/**
 * Every reason `message` cannot go out: the template is not in the registry, is not APPROVED (its status
 * and Meta's reason are named), or the parameters do not fit it (`checkTemplateSend`). Empty when it
 * may be sent. Pure; `template` is the stored template of that name and language, if any.
 */
export function templateSendViolations(
  template: Template | undefined,
  message: TemplateMessage,
): LimitViolation[] {
  const what = `${JSON.stringify(message.name)} (${message.language})`;
  if (template === undefined) {
    return [
      {
        path: "name",
        rule: "template_unknown",
        message: `name: the channel account has no template ${what}; create it and wait for WhatsApp to approve it`,
      },
    ];
  }
  if (template.status !== APPROVED_STATUS) {
    const reason = template.statusReason === null ? "" : ` (${template.statusReason})`;
    return [
      {
        path: "name",
        rule: "template_not_approved",
        message: `name: template ${what} is ${template.status}${reason}; WhatsApp sends only APPROVED templates`,
      },
    ];
  }
  return checkTemplateSend(template.definition, message);
}
