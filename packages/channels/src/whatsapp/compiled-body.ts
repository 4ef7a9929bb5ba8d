/**
 * Types of the WhatsApp Cloud API message bodies the compilers produce: the part of a `POST /messages`
 * request named by its `type` (PLATFORMS.md A2, A3, A5.5); the envelope is added by `toWhatsAppRequest`.
 */

/** Media by uploaded id (preferred) or by public link (A2). */
export type WhatsAppMediaObject = { id: string } | { link: string };

/** Image and video: media with an optional caption. */
export type WhatsAppCaptionedMedia = WhatsAppMediaObject & { caption?: string };

/** Document: the file name is shown to the customer and used when saving. */
export type WhatsAppDocument = WhatsAppCaptionedMedia & { filename?: string };

export interface WhatsAppText {
  text: string;
}

export interface WhatsAppTextHeader {
  type: "text";
  text: string;
}

export type WhatsAppInteractiveHeader =
  | WhatsAppTextHeader
  | { type: "image"; image: WhatsAppMediaObject }
  | { type: "video"; video: WhatsAppMediaObject }
  | { type: "document"; document: WhatsAppMediaObject };

export interface WhatsAppReplyButton {
  type: "reply";
  reply: { id: string; title: string };
}

export interface WhatsAppListRow {
  id: string;
  title: string;
  description?: string;
}

export interface WhatsAppFlowParameters {
  flow_message_version: string;
  flow_id?: string;
  flow_name?: string;
  flow_cta: string;
  flow_token?: string;
  mode?: "published" | "draft";
  flow_action?: "navigate" | "data_exchange";
  flow_action_payload?: { screen: string; data?: Record<string, unknown> };
}

/** One card of a media carousel: an image or video header, a short body and one URL button (A3.1). */
export interface WhatsAppCarouselCard {
  card_index: number;
  type: "cta_url";
  header: { type: "image"; image: WhatsAppMediaObject };
  body?: WhatsAppText;
  action: { name: "cta_url"; parameters: { display_text: string; url: string } };
}

/** The `interactive` object of each subtype (A3). */
export type WhatsAppInteractive =
  | {
      type: "button";
      header?: WhatsAppInteractiveHeader;
      body: WhatsAppText;
      footer?: WhatsAppText;
      action: { buttons: WhatsAppReplyButton[] };
    }
  | {
      type: "list";
      header?: WhatsAppTextHeader;
      body: WhatsAppText;
      footer?: WhatsAppText;
      action: { button: string; sections: { title?: string; rows: WhatsAppListRow[] }[] };
    }
  | {
      type: "cta_url";
      header?: WhatsAppInteractiveHeader;
      body: WhatsAppText;
      footer?: WhatsAppText;
      action: { name: "cta_url"; parameters: { display_text: string; url: string } };
    }
  | { type: "location_request_message"; body: WhatsAppText; action: { name: "send_location" } }
  | { type: "carousel"; body: WhatsAppText; action: { cards: WhatsAppCarouselCard[] } }
  | {
      type: "product";
      body?: WhatsAppText;
      footer?: WhatsAppText;
      action: { catalog_id: string; product_retailer_id: string };
    }
  | {
      type: "product_list";
      header: WhatsAppTextHeader;
      body: WhatsAppText;
      footer?: WhatsAppText;
      action: {
        catalog_id: string;
        sections: { title: string; product_items: { product_retailer_id: string }[] }[];
      };
    }
  | {
      type: "flow";
      header?: WhatsAppTextHeader;
      body: WhatsAppText;
      footer?: WhatsAppText;
      action: { name: "flow"; parameters: WhatsAppFlowParameters };
    };

export interface WhatsAppLocation {
  latitude: number;
  longitude: number;
  name?: string;
  address?: string;
}

/** One entry of a `contacts` message (A2). */
export interface WhatsAppContact {
  name: { formatted_name: string; first_name?: string; last_name?: string };
  phones?: { phone: string; type?: string; wa_id?: string }[];
  emails?: { email: string; type?: string }[];
  org?: { company: string };
  urls?: { url: string; type?: string }[];
}

/** A template parameter of a header or body component (A5.5). */
export type WhatsAppTemplateParameter =
  | { type: "text"; parameter_name?: string; text: string }
  | {
      type: "currency";
      parameter_name?: string;
      currency: { fallback_value: string; code: string; amount_1000: number };
    }
  | { type: "date_time"; parameter_name?: string; date_time: { fallback_value: string } }
  | { type: "image"; image: WhatsAppMediaObject }
  | { type: "video"; video: WhatsAppMediaObject }
  | { type: "document"; document: WhatsAppMediaObject & { filename?: string } }
  | { type: "location"; location: WhatsAppLocation };

/** Template components as sent (A5.5); `index` is written as in Meta's examples. */
export type WhatsAppTemplateComponent =
  | { type: "header" | "body"; parameters: WhatsAppTemplateParameter[] }
  | {
      type: "button";
      sub_type: "quick_reply";
      index: string;
      parameters: [{ type: "payload"; payload: string }];
    }
  | { type: "button"; sub_type: "url"; index: string; parameters: [{ type: "text"; text: string }] }
  | {
      type: "button";
      sub_type: "COPY_CODE";
      index: number;
      parameters: [{ type: "coupon_code"; coupon_code: string }];
    };

export interface WhatsAppTemplate {
  name: string;
  language: { code: string };
  components?: WhatsAppTemplateComponent[];
}

/** Everything of a send request except `messaging_product`, `recipient_type`, `to` and `context`. */
export type WhatsAppMessageBody =
  | { type: "text"; text: { body: string; preview_url?: boolean } }
  | { type: "image"; image: WhatsAppCaptionedMedia }
  | { type: "video"; video: WhatsAppCaptionedMedia }
  | { type: "audio"; audio: WhatsAppMediaObject }
  | { type: "document"; document: WhatsAppDocument }
  | { type: "sticker"; sticker: WhatsAppMediaObject }
  | { type: "location"; location: WhatsAppLocation }
  | { type: "contacts"; contacts: WhatsAppContact[] }
  | { type: "reaction"; reaction: { message_id: string; emoji: string } }
  | { type: "interactive"; interactive: WhatsAppInteractive }
  | { type: "template"; template: WhatsAppTemplate };
