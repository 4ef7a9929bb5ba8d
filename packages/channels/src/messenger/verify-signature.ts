// Webhook authenticity for Messenger and Instagram: Meta's `X-Hub-Signature-256` check on POSTs and
// `hub.challenge` handshake on GETs (PLATFORMS.md B5), shared with the WhatsApp Cloud API.
export {
  answerMetaHandshake as answerMessengerHandshake,
  isMetaSignatureValid as isMessengerSignatureValid,
} from "../meta/verify-signature.js";
