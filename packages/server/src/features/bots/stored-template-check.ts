/** The bot's template check: the stored template, read in the turn's transaction, must allow the send. */
import { TemplateRepository } from "../templates/template.repository.js";
import { templateSendViolations } from "../templates/template-send-violations.js";
import type { TemplateSendCheck } from "./bot-outbox.js";

export const storedTemplateCheck: TemplateSendCheck = async (trx, channelAccountId, message) => {
  const template = await new TemplateRepository(trx).findByName(
    channelAccountId,
    message.name,
    message.language,
  );
  return templateSendViolations(template, message).map((violation) => violation.message);
};
