/** The `messages` webhook envelope (PLATFORMS.md A7.3) around inbound messages or statuses. */
import { type Business, displayDigits } from "../state/business-store.js";

export interface MessagesValue {
  contacts?: { profile: { name: string }; wa_id: string }[];
  messages?: unknown[];
  statuses?: unknown[];
}

export function messagesEnvelope(business: Business, value: MessagesValue): unknown {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: business.wabaId,
        changes: [
          {
            value: {
              messaging_product: "whatsapp",
              metadata: {
                display_phone_number: displayDigits(business),
                phone_number_id: business.phoneNumberId,
              },
              ...value,
            },
            field: "messages",
          },
        ],
      },
    ],
  };
}
