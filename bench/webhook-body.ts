// Builds and signs WhatsApp webhook bodies the way Meta does, for the benchmark's simulated customers.
import { createHmac } from "node:crypto";

export interface BenchNumber {
  phoneNumberId: string;
  wabaId: string;
  displayPhoneNumber: string;
}

let sequence = 0;

export type CustomerMessage =
  | { type: "text"; text: string }
  | { type: "list_reply"; id: string; title: string; contextId: string }
  | { type: "button_reply"; id: string; title: string; contextId: string };

export function inboundBody(number: BenchNumber, waId: string, message: CustomerMessage): string {
  sequence += 1;
  const base = {
    from: waId,
    id: `wamid.bench.${process.pid}.${sequence}`,
    timestamp: String(Math.floor(Date.now() / 1000)),
  };
  const item =
    message.type === "text"
      ? { ...base, type: "text", text: { body: message.text } }
      : {
          ...base,
          type: "interactive",
          context: { from: number.displayPhoneNumber, id: message.contextId },
          interactive:
            message.type === "list_reply"
              ? { type: "list_reply", list_reply: { id: message.id, title: message.title } }
              : { type: "button_reply", button_reply: { id: message.id, title: message.title } },
        };
  return JSON.stringify({
    object: "whatsapp_business_account",
    entry: [
      {
        id: number.wabaId,
        changes: [
          {
            field: "messages",
            value: {
              messaging_product: "whatsapp",
              metadata: {
                display_phone_number: number.displayPhoneNumber,
                phone_number_id: number.phoneNumberId,
              },
              contacts: [{ profile: { name: `Bench ${waId.slice(-5)}` }, wa_id: waId }],
              messages: [item],
            },
          },
        ],
      },
    ],
  });
}

export function signature(body: string, appSecret: string): string {
  return `sha256=${createHmac("sha256", appSecret).update(body).digest("hex")}`;
}
