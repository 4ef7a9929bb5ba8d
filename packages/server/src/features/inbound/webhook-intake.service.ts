/**
 * The webhook's fast path: check the signature on the raw bytes, store each platform event once, enqueue
 * its processing, and answer. Nothing is stored unless the signature is right.
 */
import { AppError } from "@switchboard/core";
import { Batcher } from "../../batcher.js";
import type { GroupCommit } from "../../db/group-commit.js";
import type { JobQueue } from "../../jobs/job-queue.js";
import type { ChannelAccountRepository } from "../channel-accounts/channel-account.repository.js";
import type { ChannelAccountWithSecrets } from "../channel-accounts/channel-account.js";
import type { ChannelDriver } from "../channels/channel-driver.js";
import type { NewWebhookEvent, WebhookEventRepository } from "./webhook-event.repository.js";

export interface IntakeResult {
  received: number;
  stored: number;
}

/**
 * On PostgreSQL, webhooks that arrive while earlier ones are being stored are stored together: one
 * transaction, one statement for their events and one for their jobs. Two such batches run at once at most.
 */
const MAX_WEBHOOKS_PER_BATCH = 256;
const MAX_BATCHES_IN_FLIGHT = 2;

export class WebhookIntakeService {
  /** Each webhook's events in; for each webhook, the ids of the events it stored first. */
  private readonly batcher: Batcher<NewWebhookEvent[], string[]>;

  constructor(
    private readonly groupCommit: GroupCommit,
    private readonly accounts: ChannelAccountRepository,
    private readonly events: WebhookEventRepository,
    private readonly queue: JobQueue,
  ) {
    this.batcher = new Batcher((webhooks) => this.storeBatch(webhooks), {
      maxBatch: MAX_WEBHOOKS_PER_BATCH,
      maxInFlight: MAX_BATCHES_IN_FLIGHT,
    });
  }

  async accept(
    driver: ChannelDriver,
    rawBody: Buffer,
    headers: Record<string, string | string[] | undefined>,
  ): Promise<IntakeResult> {
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString("utf8"));
    } catch {
      throw new AppError("invalid_json", 400, "body: not valid JSON");
    }
    const items = driver.splitWebhook(body);
    const accounts = new Map<string, ChannelAccountWithSecrets>();
    // A body without events (LINE's webhook check) still names its account, so its signature is checked.
    const addressed =
      items.length > 0 ? items.map((item) => item.accountExternalId) : [driver.accountOfEmptyBody?.(body)];
    for (const externalId of addressed) {
      if (externalId === undefined || accounts.has(externalId)) continue;
      const account = await this.accounts.findForWebhook(driver.kind, externalId);
      if (account !== undefined) accounts.set(externalId, account);
    }
    // Every account the body speaks for must have signed it; an unknown account cannot be verified.
    if (accounts.size === 0 || [...accounts.values()].some((a) => !driver.isAuthentic(rawBody, headers, a))) {
      throw new AppError(
        "bad_signature",
        401,
        `${driver.signatureHeader}: missing or does not match the account's signing secret`,
      );
    }
    const receivedAt = Date.now();
    const known = items.flatMap((item) => {
      const account = accounts.get(item.accountExternalId);
      return account === undefined
        ? []
        : [
            {
              channel: driver.kind,
              channelAccountId: account.id,
              dedupeKey: item.dedupeKey,
              body: item.body,
              receivedAt,
            },
          ];
    });
    const ids = known.length === 0 ? [] : await this.store(known);
    // A queue outside the database is fed after the commit; a crash in between is healed by the sweeper.
    if (!this.queue.transactional) {
      if (ids.length > 0) await this.queue.enqueue("process-webhook-event", { eventIds: ids });
    }
    return { received: items.length, stored: ids.length };
  }

  /**
   * On PostgreSQL webhooks wait in the batcher for the next batch; SQLite's group commit already puts
   * concurrent webhooks into one transaction, so each goes there at once.
   */
  private async store(events: NewWebhookEvent[]): Promise<string[]> {
    if (!this.groupCommit.sharesTransactions) return this.batcher.submit(events);
    const [ids] = await this.storeBatch([events]);
    return ids ?? [];
  }

  /**
   * Stores the events of several webhooks and, with a queue in the database, one processing job per
   * webhook that stored any, all in one transaction. Storing locks nothing and may run again (a
   * redelivery is a no-op), so a batch that fails is simply retried webhook by webhook.
   */
  private storeBatch(webhooks: NewWebhookEvent[][]): Promise<string[][]> {
    return this.groupCommit.runUrgent(async (trx) => {
      const stored = await this.events.insertNew(trx, webhooks.flat());
      let next = 0;
      const perWebhook = webhooks.map((events) =>
        events.flatMap(() => {
          const id = stored[next++];
          return id === undefined ? [] : [id];
        }),
      );
      if (this.queue.transactional) {
        const jobs = perWebhook.filter((ids) => ids.length > 0).map((eventIds) => ({ eventIds }));
        await this.queue.enqueueMany("process-webhook-event", jobs, { transaction: trx });
      }
      return perWebhook;
    });
  }

  /** Meta's subscription handshake: answered when any account of this channel has the token. */
  async handshake(driver: ChannelDriver, query: URLSearchParams): Promise<string | undefined> {
    for (const account of await this.accounts.list()) {
      if (account.channel !== driver.kind) continue;
      const answer = driver.answerHandshake(query, account);
      if (answer !== undefined) return answer;
    }
    return undefined;
  }
}
