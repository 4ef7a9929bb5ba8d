/** The platform simulator: Meta's WhatsApp Cloud API look-alike with signed webhooks, a control API and a phone page. */
export { createSimulator, type CreateSimulatorOptions, type Simulator } from "./create-simulator.js";
export type { BusinessMessage, SimulatorState } from "./runtime.js";
export { defaultSettings, type SimulatorSettings } from "./settings.js";
export type { Business, PublicBusiness } from "./state/business-store.js";
export type { Customer } from "./state/customer-store.js";
export type { ChatItem, ChatItemStatus } from "./state/chat-store.js";
export type { SimulatorEvent } from "./state/event-hub.js";
export type { DeliveryRecord } from "./webhooks/webhook-sender.js";
export { signBody } from "./webhooks/sign-body.js";
