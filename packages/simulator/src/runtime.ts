/** The simulator's in-memory state and the running parts every route shares. */
import type { LineState } from "./line/line-state.js";
import type { MediaStore } from "./media/media-store.js";
import type { MetaState } from "./messenger/meta-state.js";
import type { MetaStatusDispatcher } from "./messenger/meta-status-dispatcher.js";
import type { SimulatorSettings } from "./settings.js";
import type { BusinessStore } from "./state/business-store.js";
import type { ChatStore } from "./state/chat-store.js";
import type { CustomerStore } from "./state/customer-store.js";
import type { EventHub } from "./state/event-hub.js";
import type { RateLimiter } from "./state/rate-limiter.js";
import type { TemplateReview } from "./templates/template-review.js";
import type { TemplateStore } from "./templates/template-store.js";
import type { StatusDispatcher } from "./webhooks/status-dispatcher.js";
import type { DeliveryRecord, WebhookSender } from "./webhooks/webhook-sender.js";

/** A business message the simulator accepted, as handed to `onBusinessMessage`. */
export interface BusinessMessage {
  phoneNumberId: string;
  /** The customer's wa_id (digits). */
  to: string;
  wamid: string;
  /** The Graph API request body. */
  body: unknown;
  receivedAt: number;
}

/** What tests and the embedding process may read (and, for settings, replace). */
export interface SimulatorState {
  settings: SimulatorSettings;
  readonly businesses: BusinessStore;
  readonly customers: CustomerStore;
  readonly chats: ChatStore;
  readonly templates: TemplateStore;
  readonly media: MediaStore;
  readonly events: EventHub;
  /** The latest webhook deliveries (up to 200), newest last. */
  deliveries(): DeliveryRecord[];
  /** Messenger pages and Instagram accounts: their people, posts, profiles and chats. */
  readonly meta: MetaState;
  /** LINE channels: their users, chats, reply tokens, retry keys and content. */
  readonly line: LineState;
}

export interface SimulatorRuntime extends SimulatorState {
  readonly limiter: RateLimiter;
  readonly sender: WebhookSender;
  readonly statuses: StatusDispatcher;
  readonly review: TemplateReview;
  /** Delivery and read receipts of Messenger and Instagram messages. */
  readonly metaReceipts: MetaStatusDispatcher;
  readonly fetch: typeof fetch;
  readonly now: () => number;
  /** Signs media download URLs so they can expire like Meta's. */
  readonly mediaUrlKey: Buffer;
  readonly onBusinessMessage: ((message: BusinessMessage) => void) | undefined;
}
