/**
 * The web chat widget's wire format: what the compiler turns a neutral message into and what the widget
 * renders. Plain JSON; the widget reads it defensively, so new fields are additive.
 */

export interface WebchatOption {
  id: string;
  title: string;
  description?: string;
}

export interface WebchatHeader {
  type: "text" | "image" | "video" | "document";
  /** The text of a text header; the URL of a media header. */
  value: string;
}

export type WebchatCardButton =
  { type: "url"; title: string; url: string } | { type: "reply"; id: string; title: string };

export interface WebchatCard {
  title: string;
  subtitle?: string;
  imageUrl?: string;
  /** Opened when the card itself is tapped. */
  url?: string;
  buttons: WebchatCardButton[];
}

export type WebchatMessage =
  | { type: "text"; text: string }
  | {
      type: "media";
      mediaType: "image" | "video" | "audio" | "document" | "sticker";
      url: string;
      caption?: string;
      filename?: string;
    }
  | { type: "location"; latitude: number; longitude: number; name?: string; address?: string; mapUrl: string }
  | { type: "contacts"; contacts: { name: string; phones: string[]; emails: string[] }[] }
  | { type: "reaction"; targetMessageId: string; emoji: string }
  | {
      type: "choices";
      /** `buttons` shows the options inline; `list` opens them in a sheet from `listButton`. */
      style: "buttons" | "list";
      header?: WebchatHeader;
      body: string;
      footer?: string;
      listButton?: string;
      sections: { title?: string; options: WebchatOption[] }[];
    }
  | { type: "cta"; header?: WebchatHeader; body: string; footer?: string; buttonText: string; url: string }
  | { type: "carousel"; body?: string; cards: WebchatCard[] }
  | { type: "location_request"; body: string }
  | {
      type: "product";
      catalogId: string;
      productIds: string[];
      header?: string;
      body?: string;
      footer?: string;
    }
  /** A WhatsApp Flow or a template cannot run in a browser: its text is shown. */
  | { type: "card"; header?: string; body: string; footer?: string; label?: string };

export type WebchatMessageType = WebchatMessage["type"];

/** The compiled payload of one message, as stored in the outbox and sent to the widget. */
export type WebchatPayload = { message: WebchatMessage };
