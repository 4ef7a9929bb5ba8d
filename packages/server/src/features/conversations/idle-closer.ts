/**
 * Closes conversations a person took and then left idle longer than the account allows, and tells the
 * consoles. Runs in worker processes every minute; safe to run in several at once (one UPDATE each).
 */
import type { FastifyBaseLogger } from "fastify";
import { conversationChanged } from "../../events/change-event.js";
import type { EventBus } from "../../events/event-bus.js";
import type { ConversationRepository } from "./conversation.repository.js";
import type { InboxSettingsRepository } from "./inbox-settings.repository.js";

const EVERY_MS = 60_000;

export class IdleCloser {
  constructor(
    private readonly settings: InboxSettingsRepository,
    private readonly conversations: ConversationRepository,
    private readonly events: EventBus,
    /** Told which conversations were closed (their agents have room again). */
    private readonly afterClosed?: (ids: readonly string[]) => Promise<void>,
  ) {}

  /** Closes what is idle at `now`; the ids closed. */
  async closeIdle(now: number): Promise<string[]> {
    const closed: string[] = [];
    for (const { channelAccountId, afterMs } of await this.settings.autoClosing())
      closed.push(...(await this.conversations.closeIdle(channelAccountId, now - afterMs)));
    for (const id of closed) this.events.publish(conversationChanged(id, now));
    if (closed.length > 0) await this.afterClosed?.(closed);
    return closed;
  }

  start(log: FastifyBaseLogger): () => void {
    const timer = setInterval(() => {
      this.closeIdle(Date.now()).catch((error: unknown) => log.error({ err: error }, "idle close failed"));
    }, EVERY_MS);
    timer.unref();
    return () => clearInterval(timer);
  }
}
