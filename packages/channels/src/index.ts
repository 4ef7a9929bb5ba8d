/** Messaging platforms: one folder per platform, each verifying, splitting and parsing webhooks, compiling and sending. */
export { compileWhatsAppMessage, toWhatsAppRequest } from "./whatsapp/compile-message.js";
export type { WhatsAppMessageBody, WhatsAppRequestOptions } from "./whatsapp/compile-message.js";
export { answerWhatsAppHandshake, isWhatsAppSignatureValid } from "./whatsapp/verify-signature.js";
export { parseWhatsAppWebhook } from "./whatsapp/parse-webhook.js";
export { splitWhatsAppWebhook } from "./whatsapp/split-webhook.js";
export type { WebhookItem } from "./whatsapp/split-webhook.js";
export { describeWhatsAppErrorCode, mapWhatsAppError, pairRateRetryDelayMs } from "./whatsapp/error-map.js";
export { markWhatsAppMessageRead, sendWhatsAppRequest } from "./whatsapp/send.js";
export { whatsAppChannel } from "./whatsapp/whatsapp-channel.js";
export type { WhatsAppAccount } from "./whatsapp/whatsapp-channel.js";
export { fetchWhatsAppMedia } from "./whatsapp/media.js";
export type { WhatsAppMedia } from "./whatsapp/media.js";
export type { WhatsAppGraphDeps, WhatsAppNumberAccount } from "./whatsapp/fetch-graph.js";
export { fetchGraphJson, graphEndpoint } from "./whatsapp/fetch-graph.js";
export { parseWhatsAppTemplateStatus } from "./whatsapp/parse-template-status.js";
export {
  TemplateButtonSchema,
  TemplateDefinitionSchema,
  TemplateHeaderSchema,
} from "./whatsapp/templates/template-definition-schema.js";
export type {
  TemplateButton,
  TemplateCategory,
  TemplateDefinition,
  TemplateDefinitionInput,
  TemplateExamples,
  TemplateHeader,
  TemplateParameterFormat,
} from "./whatsapp/templates/template-definition-schema.js";
export { validateWhatsAppTemplate } from "./whatsapp/templates/validate-template-definition.js";
export { toWhatsAppTemplateCreateRequest } from "./whatsapp/templates/to-graph-template.js";
export type {
  WhatsAppTemplateButtonCreate,
  WhatsAppTemplateComponentCreate,
  WhatsAppTemplateCreateRequest,
} from "./whatsapp/templates/to-graph-template.js";
export { checkTemplateSend } from "./whatsapp/templates/check-template-send.js";
export {
  fromWhatsAppTemplate,
  WhatsAppTemplateInfoSchema,
} from "./whatsapp/templates/from-graph-template.js";
export type { WhatsAppTemplateInfo } from "./whatsapp/templates/from-graph-template.js";
