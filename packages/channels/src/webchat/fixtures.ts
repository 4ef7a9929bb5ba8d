/** Realistic web chat bodies, as the widget endpoints build them, for tests. */
import type { WebchatWebhook } from "./webchat-webhook.js";

export const WIDGET_KEY = "wc_demo7f3a9c2e5b1d4f60";
export const VISITOR_ID = "v_4kq9x2m7p1z8c3n6";

export const webchatTextWebhook: WebchatWebhook = {
  object: "webchat",
  entry: [
    {
      type: "message",
      widgetKey: WIDGET_KEY,
      visitorId: VISITOR_ID,
      timestamp: 1_767_225_600_000,
      id: "m_01JGX5Q8Z3",
      message: { kind: "text", text: "Do you have the serum in stock?" },
    },
  ],
};

export const webchatTapWebhook: WebchatWebhook = {
  object: "webchat",
  entry: [
    {
      type: "message",
      widgetKey: WIDGET_KEY,
      visitorId: VISITOR_ID,
      timestamp: 1_767_225_605_000,
      id: "m_01JGX5QB71",
      message: { kind: "choice", via: "list", optionId: "ifc", title: "IFC Mall" },
    },
  ],
};

export const webchatReadWebhook: WebchatWebhook = {
  object: "webchat",
  entry: [
    {
      type: "status",
      widgetKey: WIDGET_KEY,
      visitorId: VISITOR_ID,
      timestamp: 1_767_225_610_000,
      messageId: "wc_01JGX5QD2M",
      status: "read",
    },
  ],
};
