// Plays many customers through the demo conversation (hi → list → list → buttons → confirmation) against a
// webhook URL, keeping `concurrency` conversations in flight, and times every step.
import type { Reply } from "./simulator-process.js";
import { HttpClient } from "./http-client.js";
import { inboundBody, signature } from "./webhook-body.js";
import type { BenchNumber, CustomerMessage } from "./webhook-body.js";

/** What each customer says: hi, a counter, a time, the confirmation. */
export const MESSAGES_PER_CUSTOMER = 4;

export interface DriveResult {
  customers: number;
  sent: number;
  answered: number;
  missing: number;
  seconds: number;
  ackMs: number[];
  replyMs: number[];
}

interface Waiting {
  step: number;
  sentAt: number;
  done: (reply: Reply) => void;
}

export class ConversationDriver {
  private readonly waiting = new Map<string, Waiting>();

  constructor(
    private readonly number: BenchNumber,
    private readonly webhookUrl: URL,
    private readonly appSecret: string,
  ) {}

  /** Feed every business message the simulator accepted. */
  onReply = (reply: Reply): void => {
    const waId = reply.waId.replace(/\D/g, "");
    const waiting = this.waiting.get(waId);
    if (waiting === undefined) return;
    this.waiting.delete(waId);
    waiting.done(reply);
  };

  async run(customers: number, concurrency: number, timeoutMs: number): Promise<DriveResult> {
    const client = new HttpClient(concurrency);
    const result: DriveResult = {
      customers,
      sent: 0,
      answered: 0,
      missing: 0,
      seconds: 0,
      ackMs: [],
      replyMs: [],
    };
    const started = performance.now();
    let next = 0;
    const deadline = Date.now() + timeoutMs;
    const worker = async () => {
      while (next < customers && Date.now() < deadline) {
        const waId = `8869${String(10_000_000 + next++).padStart(8, "0")}`;
        await this.converse(client, waId, result, deadline);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    result.seconds = (performance.now() - started) / 1000;
    result.missing = result.sent - result.answered;
    client.close();
    return result;
  }

  private async converse(
    client: HttpClient,
    waId: string,
    result: DriveResult,
    deadline: number,
  ): Promise<void> {
    let reply = await this.say(client, waId, { type: "text", text: "hi" }, result, deadline);
    const counter = reply === undefined ? undefined : firstOption(reply.body);
    if (reply === undefined || counter === undefined) return;
    reply = await this.say(
      client,
      waId,
      { type: "list_reply", ...counter, contextId: reply.wamid },
      result,
      deadline,
    );
    const time = reply === undefined ? undefined : firstOption(reply.body);
    if (reply === undefined || time === undefined) return;
    reply = await this.say(
      client,
      waId,
      { type: "list_reply", ...time, contextId: reply.wamid },
      result,
      deadline,
    );
    const confirm = reply === undefined ? undefined : firstOption(reply.body);
    if (reply === undefined || confirm === undefined) return;
    await this.say(
      client,
      waId,
      { type: "button_reply", ...confirm, contextId: reply.wamid },
      result,
      deadline,
    );
  }

  private async say(
    client: HttpClient,
    waId: string,
    message: CustomerMessage,
    result: DriveResult,
    deadline: number,
  ): Promise<Reply | undefined> {
    const body = inboundBody(this.number, waId, message);
    const sentAt = performance.now();
    const answered = new Promise<Reply | undefined>((resolve) => {
      this.waiting.set(waId, { step: 0, sentAt, done: resolve });
      setTimeout(() => resolve(undefined), Math.max(0, deadline - Date.now())).unref();
    });
    result.sent += 1;
    const status = await client.post(this.webhookUrl, body, {
      "content-type": "application/json",
      "x-hub-signature-256": signature(body, this.appSecret),
    });
    result.ackMs.push(performance.now() - sentAt);
    if (status !== 200) throw new Error(`webhook answered ${status}`);
    const reply = await answered;
    if (reply !== undefined) {
      result.answered += 1;
      result.replyMs.push(performance.now() - sentAt);
    }
    return reply;
  }
}

/** The first option of a list or reply-button message body sent to the Graph API. */
function firstOption(body: unknown): { id: string; title: string } | undefined {
  const text = JSON.stringify(body);
  const row =
    text.match(/"(?:rows|reply)":\[?\{"id":"([^"]+)","title":"([^"]+)"/) ??
    text.match(/"reply":\{"id":"([^"]+)","title":"([^"]+)"/);
  if (row?.[1] === undefined || row[2] === undefined) return undefined;
  return { id: row[1], title: row[2] };
}
