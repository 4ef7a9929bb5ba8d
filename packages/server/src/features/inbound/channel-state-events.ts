/**
 * Applies the platform events that change state without a message: a read or delivery watermark moves
 * every earlier outbound message of the contact forward, a follow or unfollow (opt-in or opt-out)
 * changes the contact's subscription.
 */
import type { StatusWatermarkEvent, SubscriptionEvent } from "@switchboard/core";
import type { GroupCommit } from "../../db/group-commit.js";
import { messageChanged } from "../../events/change-event.js";
import type { EventBus } from "../../events/event-bus.js";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ContactProfileRepository } from "../contacts/contact-profile.repository.js";
import type { ContactRepository } from "../contacts/contact.repository.js";
import type { MessageRepository } from "../messages/message.repository.js";

export interface ChannelStateEventsDeps {
  groupCommit: GroupCommit;
  contacts: ContactRepository;
  messages: MessageRepository;
  profiles: ContactProfileRepository;
  changeEvents: EventBus;
}

/** The topic a subscription change without a named topic is about: the account itself. */
const ALL_TOPICS = "all";

export class ChannelStateEvents {
  constructor(private readonly deps: ChannelStateEventsDeps) {}

  /** Marks the contact's outbound messages accepted at or before the watermark; forward only. */
  async applyWatermark(account: ChannelAccountWithSecrets, event: StatusWatermarkEvent): Promise<void> {
    const moved = await this.deps.groupCommit.run(async (trx) => {
      const contact = await this.deps.contacts.findByExternalId(trx, account.id, event.recipientExternalId);
      if (contact === undefined) return [];
      return this.deps.messages.applyWatermark(trx, {
        contactId: contact.id,
        status: event.status,
        watermark: event.watermark,
        at: event.timestamp,
      });
    });
    for (const target of moved)
      this.deps.changeEvents.publish(messageChanged(target.conversationId, target.messageId));
  }

  /**
   * An unfollow or opt-out records an opt-out (source `<channel>_unfollow` on LINE, `<channel>_optin`
   * on Meta's channels); a follow or opt-in removes it. Only contacts already known are changed.
   */
  async applySubscription(account: ChannelAccountWithSecrets, event: SubscriptionEvent): Promise<void> {
    const topic = event.topic ?? ALL_TOPICS;
    await this.deps.groupCommit.run(async (trx) => {
      const contact = await this.deps.contacts.findByExternalId(trx, account.id, event.sender.externalId);
      if (contact === undefined) return;
      if (event.change === "subscribed") {
        await this.deps.profiles.removeOptOut(trx, contact.id, topic);
        return;
      }
      const source = event.channel === "line" ? "line_unfollow" : `${event.channel}_optin`;
      await this.deps.profiles.recordOptOut(trx, contact.id, { topic, source, at: event.timestamp });
    });
  }
}
