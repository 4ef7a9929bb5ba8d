/**
 * The platform simulator: Meta's WhatsApp Cloud API, Messenger and Instagram look-alikes and LINE's Messaging
 * API look-alike, with signed webhooks, a control API and a phone page.
 */
export { createSimulator, type CreateSimulatorOptions, type Simulator } from "./create-simulator.js";
export type { BusinessMessage, SimulatorState } from "./runtime.js";
export { defaultSettings, type SimulatorSettings } from "./settings.js";
export type { Business, PublicBusiness } from "./state/business-store.js";
export type { Customer } from "./state/customer-store.js";
export type { ChatItem, ChatItemStatus } from "./state/chat-store.js";
export type { SimulatorEvent } from "./state/event-hub.js";
export type { DeliveryRecord } from "./webhooks/webhook-sender.js";
export { signBody } from "./webhooks/sign-body.js";
export type { MetaAccount, MetaPlatform, MetaUser, PublicMetaAccount } from "./messenger/meta-accounts.js";
export type { MessengerProfile } from "./messenger/messenger-profile-schemas.js";
export type { LineChannel, LineUser, PublicLineChannel } from "./line/line-channels.js";
export { LINE_API_PREFIX, LINE_DATA_PREFIX } from "./line/register-line.js";
export { lineSignature } from "./line/line-webhook.js";
export type { ChannelChatItem, ChannelKind } from "./state/channel-chat-item.js";
