/** The name of each message kind in the kind menu. */
import type { MessageKey } from "../../../i18n/en";
import type { MessageKind } from "../new-message";

export const messageKindKeys: Record<MessageKind, MessageKey> = {
  text: "botMessage.kindText",
  media: "botMessage.kindMedia",
  choices: "botMessage.kindChoices",
  cta_url: "botMessage.kindCta",
  carousel: "botMessage.kindCarousel",
  location_request: "botMessage.kindLocationRequest",
  location: "botMessage.kindLocation",
  template: "botMessage.kindTemplate",
  contacts: "botMessage.kindContacts",
  reaction: "botMessage.kindReaction",
  product: "botMessage.kindProduct",
  product_list: "botMessage.kindProductList",
  flow: "botMessage.kindFlow",
};
