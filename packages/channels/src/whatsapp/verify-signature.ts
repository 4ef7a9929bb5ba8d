// Webhook authenticity for the WhatsApp Cloud API: Meta's `X-Hub-Signature-256` check on POSTs and
// `hub.challenge` handshake on GETs (PLATFORMS.md A7.1, A7.2), shared with Messenger and Instagram.
export {
  answerMetaHandshake as answerWhatsAppHandshake,
  isMetaSignatureValid as isWhatsAppSignatureValid,
} from "../meta/verify-signature.js";
