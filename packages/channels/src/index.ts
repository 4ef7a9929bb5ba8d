/** Messaging platforms: one folder per platform, each verifying, splitting and parsing webhooks, compiling and sending. */
export {
  compileWhatsAppMessage,
  compileWhatsAppMessages,
  toWhatsAppRequest,
} from "./whatsapp/compile-message.js";
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
export { lineChannel } from "./line/line-channel.js";
export type { LineAccount } from "./line/line-channel.js";
export { isLineSignatureValid } from "./line/verify-signature.js";
export { splitLineWebhook } from "./line/split-webhook.js";
export type { LineWebhookItem } from "./line/split-webhook.js";
export { parseLineWebhook, parseLineWebhookEvents } from "./line/parse-webhook.js";
export { toNeutralLineEvent } from "./line/line-inbound-event.js";
export type {
  LineEventContext,
  LineInboundEvent,
  LineReplyToken,
  LineSource,
  LineUnsendEvent,
} from "./line/line-inbound-event.js";
export { compileLineMessage } from "./line/compile-message.js";
export type { LineCompileOptions } from "./line/compile-message.js";
export { chooseLineChoiceForm } from "./line/compile-choices.js";
export type { LineChoiceForm } from "./line/compile-choices.js";
export type { LineMessage, LineMessageBatch } from "./line/line-message-types.js";
export { pushLineMessages, replyLineMessages } from "./line/send.js";
export type { LinePushRequest, LineReplyRequest, LineSendCall } from "./line/send.js";
export { isLineRetryKey, lineRetryKey } from "./line/retry-key.js";
export { isLineReplyTokenUsable } from "./line/reply-token.js";
export { mapLineError, mapLineNetworkError } from "./line/error-map.js";
export type { LineErrorKind } from "./line/error-map.js";
export { fetchLineContent } from "./line/media.js";
export type { LineContent } from "./line/media.js";
export { LINE_API_URL, LINE_DATA_API_URL } from "./line/fetch-line.js";
export type { LineApiDeps, LineBotAccount } from "./line/fetch-line.js";
export { messengerChannel } from "./messenger/messenger-channel.js";
export type { MessengerAccount } from "./messenger/messenger-channel.js";
export { answerMessengerHandshake, isMessengerSignatureValid } from "./messenger/verify-signature.js";
export { splitMessengerWebhook } from "./messenger/split-webhook.js";
export type { MessagingWebhookItem } from "./messenger/split-webhook.js";
export { parseMessengerWebhook } from "./messenger/parse-webhook.js";
export {
  compileMessengerMessage,
  compileMessengerMessages,
  compileSendApiMessage,
  compileSendApiMessages,
} from "./messenger/compile-message.js";
export { chooseChoicesForm } from "./messenger/compile-choices.js";
export type { ChoicesForm } from "./messenger/compile-choices.js";
export { compileCards, compileGenericTemplate } from "./messenger/compile-generic-template.js";
export type { Card, CardButton } from "./messenger/compile-generic-template.js";
export type { SendApiMessage } from "./messenger/compiled-body.js";
export { toSendApiRequest } from "./messenger/compile-request.js";
export type { SendApiRecipient, SendApiRequestOptions } from "./messenger/compile-request.js";
export { sendMessengerRequest, sendSendApiRequest, sendSenderAction } from "./messenger/send.js";
export type { SenderAction } from "./messenger/send.js";
export { messagingEndpoint } from "./messenger/fetch-graph.js";
export type { MessagingGraphDeps, MessagingTokenAccount } from "./messenger/fetch-graph.js";
export {
  describeMessagingErrorCode,
  mapMessagingError,
  mapMessagingNetworkError,
} from "./messenger/error-map.js";
export type { MessagingErrorKind } from "./messenger/error-map.js";
export { fetchMessagingAttachment } from "./messenger/media.js";
export type { MessagingAttachment } from "./messenger/media.js";
export { checkPrivateReply } from "./messenger/private-reply.js";
export { replyToComment } from "./messenger/comment-reply.js";
export type { PublicCommentReply } from "./messenger/comment-reply.js";
export type { PrivateReplyCheck, PrivateReplyDecision } from "./messenger/private-reply.js";
export { buildMessengerProfile } from "./messenger/messenger-profile.js";
export type {
  MenuItem,
  MessengerProfileInput,
  MessengerProfileRequest,
} from "./messenger/messenger-profile.js";
export { deleteMessengerProfileFields, setMessengerProfile } from "./messenger/push-profile.js";
export type { MessengerProfileField } from "./messenger/push-profile.js";
export { instagramRefLink, messengerRefLink } from "./messenger/ref-link.js";
export { GET_STARTED_PAYLOAD, moduleOpenPayload, readPostbackPayload } from "./messenger/postback-payload.js";
export type { PostbackIntent } from "./messenger/postback-payload.js";
export { instagramChannel } from "./instagram/instagram-channel.js";
export type { InstagramAccount } from "./instagram/instagram-channel.js";
export { splitInstagramWebhook } from "./instagram/split-webhook.js";
export { parseInstagramWebhook } from "./instagram/parse-webhook.js";
export { compileInstagramMessage, compileInstagramMessages } from "./instagram/compile-message.js";
export { INSTAGRAM_TEXT_MAX_BYTES } from "./instagram/instagram-rules.js";
export { sendInstagramRequest, sendInstagramSenderAction } from "./instagram/send.js";
export { webchatChannel, WEBCHAT_SIGNATURE_HEADER } from "./webchat/webchat-channel.js";
export type { WebchatAccount } from "./webchat/webchat-channel.js";
export { compileWebchatMessage } from "./webchat/compile-message.js";
export { parseWebchatWebhook, webchatEntriesOf } from "./webchat/parse-webhook.js";
export { splitWebchatWebhook } from "./webchat/split-webhook.js";
export {
  isWebchatSignatureValid,
  isWebchatUserIdSignatureValid,
  signWebchatBody,
  signWebchatUserId,
} from "./webchat/verify-signature.js";
export { WebchatVisitorMessageSchema, WEBCHAT_OBJECT } from "./webchat/webchat-webhook.js";
export type { WebchatEntry, WebchatVisitorMessage, WebchatWebhook } from "./webchat/webchat-webhook.js";
export type {
  WebchatCard,
  WebchatCardButton,
  WebchatHeader,
  WebchatMessage,
  WebchatOption,
  WebchatPayload,
} from "./webchat/webchat-message.js";
