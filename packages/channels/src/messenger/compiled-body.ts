/**
 * Types of the Send API `message` objects the Messenger and Instagram compilers produce (PLATFORMS.md B2,
 * Part C); `toSendApiRequest` wraps one with its recipient and `messaging_type`.
 */

export type SendApiQuickReply = { content_type: "text"; title: string; payload: string };

export type SendApiButton =
  { type: "postback"; title: string; payload: string } | { type: "web_url"; title: string; url: string };

export type SendApiGenericElement = {
  title: string;
  subtitle?: string;
  image_url?: string;
  /** Where tapping the card itself goes: a `web_url` button without a title. */
  default_action?: { type: "web_url"; url: string };
  buttons?: SendApiButton[];
};

/** A file by public URL (Meta fetches it once and may reuse it) or by an uploaded attachment id. */
export type SendApiMediaPayload = { url: string; is_reusable: true } | { attachment_id: string };

export type SendApiAttachment =
  | { type: "image" | "video" | "audio" | "file"; payload: SendApiMediaPayload }
  | { type: "template"; payload: { template_type: "button"; text: string; buttons: SendApiButton[] } }
  | { type: "template"; payload: { template_type: "generic"; elements: SendApiGenericElement[] } };

/** The `message` of a Send API request: a text or one attachment, optionally with quick replies. */
export type SendApiMessage =
  | { text: string; quick_replies?: SendApiQuickReply[] }
  | { attachment: SendApiAttachment; quick_replies?: SendApiQuickReply[] };
