/**
 * Posts signed webhooks to businesses like Meta does: JSON body, `X-Hub-Signature-256`, a 200 expected,
 * retries with growing waits otherwise. Keeps a bounded log of the latest deliveries.
 */
import type { SimulatorSettings } from "../settings.js";
import { signBody } from "./sign-body.js";
import { describeFetchError } from "./verify-handshake.js";

export interface WebhookTarget {
  url: string;
  appSecret: string;
  /** How the payload becomes each attempt's bytes and headers; Meta's JSON and `X-Hub-Signature-256` when absent. */
  format?: WebhookFormat;
}

/** A platform's webhook wire format (LINE signs differently and marks redeliveries inside the body). */
export interface WebhookFormat {
  /** The body of attempt `attempt` (1 for the first delivery). */
  body(payload: unknown, attempt: number): Buffer;
  /** Signature and other headers for `body`, keyed with the target's secret. */
  headers(body: Buffer, secret: string): Record<string, string>;
}

export interface AttemptResult {
  ok: boolean;
  /** HTTP status of the answer; null when there was none (refused, timed out). */
  status: number | null;
  error?: string;
  attempt: number;
}

export interface DeliveryRecord {
  id: number;
  /** What was sent: "messages", "statuses", "message_template_status_update", "receipts", "message_echoes", "feed", "comments", "line". */
  kind: string;
  url: string;
  bytes: number;
  firstAt: number;
  lastAt: number;
  attempts: number;
  status: number | null;
  ok: boolean;
  error?: string;
}

export interface WebhookSenderOptions {
  fetch: typeof fetch;
  settings: () => SimulatorSettings;
  now: () => number;
  maxRecords?: number;
  /** POSTs in flight per webhook URL; more wait in line, oldest first. */
  maxInFlightPerUrl?: number;
}

type Task = () => Promise<void>;

export class WebhookSender {
  private readonly log: DeliveryRecord[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly lanes = new Map<string, { inFlight: number; waiting: Task[] }>();
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: WebhookSenderOptions) {}

  /**
   * Signs and posts `payload`; resolves with the first attempt's result. Later retries run in the
   * background and report through `onAttempt`, which also sees the first attempt.
   */
  deliver(
    target: WebhookTarget,
    payload: unknown,
    kind: string,
    onAttempt?: (result: AttemptResult) => void,
  ): Promise<AttemptResult> {
    const format = target.format;
    const body = format === undefined ? Buffer.from(JSON.stringify(payload)) : format.body(payload, 1);
    // Meta sends the same bytes on every attempt; a custom format may change them (LINE's isRedelivery).
    const metaWire = { body, headers: metaWebhookHeaders(body, target.appSecret) };
    const wire = (attempt: number): { body: Buffer; headers: Record<string, string> } => {
      if (format === undefined) return metaWire;
      const bytes = attempt === 1 ? body : format.body(payload, attempt);
      return { body: bytes, headers: format.headers(bytes, target.appSecret) };
    };
    const now = this.options.now();
    const record: DeliveryRecord = {
      id: ++this.nextId,
      kind,
      url: target.url,
      bytes: body.length,
      firstAt: now,
      lastAt: now,
      attempts: 0,
      status: null,
      ok: false,
    };
    this.remember(record);
    return new Promise((resolve) => {
      const attempt = (): void => {
        this.enqueue(target.url, async () => {
          const next = wire(record.attempts + 1);
          const result = await this.post(target.url, next.body, next.headers, record);
          if (result.attempt === 1) resolve(result);
          onAttempt?.(result);
          const delays = this.options.settings().webhookRetryDelaysMs;
          const wait = delays[result.attempt - 1];
          if (!result.ok && wait !== undefined && !this.closed) this.later(wait, attempt);
        });
      };
      attempt();
    });
  }

  /** The latest deliveries, newest last. */
  records(): DeliveryRecord[] {
    return [...this.log];
  }

  /** Stops retries; deliveries already started or waiting for a free slot finish. */
  close(): void {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private async post(
    url: string,
    body: Buffer,
    headers: Record<string, string>,
    record: DeliveryRecord,
  ): Promise<AttemptResult> {
    record.attempts += 1;
    const attempt = record.attempts;
    let result: AttemptResult;
    try {
      const response = await this.options.fetch(url, {
        method: "POST",
        headers,
        body,
        signal: AbortSignal.timeout(this.options.settings().webhookTimeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      // Meta treats anything but 200 as a failed delivery.
      result =
        response.status === 200
          ? { ok: true, status: 200, attempt }
          : { ok: false, status: response.status, error: `HTTP ${response.status}`, attempt };
    } catch (error) {
      result = { ok: false, status: null, error: describeFetchError(error), attempt };
    }
    record.lastAt = this.options.now();
    record.status = result.status;
    record.ok = result.ok;
    if (result.error === undefined) delete record.error;
    else record.error = result.error;
    return result;
  }

  private enqueue(url: string, task: Task): void {
    let lane = this.lanes.get(url);
    if (lane === undefined) {
      lane = { inFlight: 0, waiting: [] };
      this.lanes.set(url, lane);
    }
    lane.waiting.push(task);
    this.pump(lane);
  }

  private pump(lane: { inFlight: number; waiting: Task[] }): void {
    const limit = this.options.maxInFlightPerUrl ?? 32;
    while (lane.inFlight < limit && lane.waiting.length > 0) {
      const task = lane.waiting.shift();
      if (task === undefined) break;
      lane.inFlight += 1;
      void task()
        .catch(() => undefined)
        .finally(() => {
          lane.inFlight -= 1;
          this.pump(lane);
        });
    }
  }

  private later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      run();
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private remember(record: DeliveryRecord): void {
    this.log.push(record);
    const max = this.options.maxRecords ?? 200;
    if (this.log.length > max) this.log.splice(0, this.log.length - max);
  }
}

/** Meta's webhook headers: JSON and `X-Hub-Signature-256` over the exact bytes. */
function metaWebhookHeaders(body: Buffer, appSecret: string): Record<string, string> {
  return {
    "content-type": "application/json",
    "x-hub-signature-256": signBody(body, appSecret),
    "user-agent": "facebookexternalua",
  };
}
