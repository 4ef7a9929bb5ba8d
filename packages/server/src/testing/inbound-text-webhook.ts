/** A signed-ready WhatsApp webhook body of one customer text to the test number, sent at `at`. */
import { testNumber } from "./test-switchboard.js";

export function inboundTextWebhook(waId: string, text: string, at: Date, id: string) {
  return {
    object: "whatsapp_business_account",
    entry: [
      {
        id: testNumber.wabaId,
        changes: [
          {
            field: "messages",
            value: {
              messaging_product: "whatsapp",
              metadata: {
                display_phone_number: testNumber.displayPhoneNumber,
                phone_number_id: testNumber.phoneNumberId,
              },
              contacts: [{ profile: { name: "Walk-in" }, wa_id: waId }],
              messages: [
                {
                  from: waId,
                  id,
                  timestamp: String(Math.floor(at.getTime() / 1000)),
                  type: "text",
                  text: { body: text },
                },
              ],
            },
          },
        ],
      },
    ],
  };
}
