/** A web chat account on a test Switchboard and a visitor's browser calling the widget's endpoints, for integration tests. */
import { randomBytes } from "node:crypto";
import { eventually } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";

export interface Answer {
  status: number;
  json: Record<string, unknown>;
  headers: Headers;
}

export interface TestWebchat {
  channelAccountId: string;
  widgetKey: string;
  /** The identity secret the website signs user ids with. */
  secret: string;
  /** Calls `/webchat/<key>/<path>` as a browser on `origin` would (none: not a browser). */
  call(
    method: string,
    path: string,
    body?: unknown,
    options?: { visitor?: string; origin?: string },
  ): Promise<Answer>;
  /** Opens the visitor's live stream; every item it delivers lands in `items`. */
  live(visitor: string): Promise<{ items: Record<string, unknown>[]; close(): void }>;
}

/** `serverUrl`: where the widget's calls go (another process of the same deployment); `t`'s own by default. */
export async function connectWebchat(
  t: TestSwitchboard,
  settings: Record<string, unknown> = {},
  serverUrl?: string,
): Promise<TestWebchat> {
  const secret = randomBytes(16).toString("hex");
  const created = await t.api("POST", "/api/v1/channel-accounts", {
    channel: "webchat",
    name: "Test Beauty web chat",
    settings,
    secrets: { appSecret: secret },
  });
  if (created.status !== 201)
    throw new Error(`could not create the web chat: ${JSON.stringify(created.json)}`);
  const account = (created.json as { channelAccount: { id: string; externalId: string } }).channelAccount;
  const base = `${serverUrl ?? t.switchboard.url}/webchat/${account.externalId}`;
  return {
    channelAccountId: account.id,
    widgetKey: account.externalId,
    secret,
    call: async (method, path, body, options = {}) => {
      const response = await fetch(`${base}/${path}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(options.visitor === undefined ? {} : { "x-webchat-visitor": options.visitor }),
          ...(options.origin === undefined ? {} : { origin: options.origin }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        json: text === "" ? {} : JSON.parse(text),
        headers: response.headers,
      };
    },
    live: async (visitor) => {
      const controller = new AbortController();
      const response = await fetch(`${base}/events?visitor=${encodeURIComponent(visitor)}`, {
        signal: controller.signal,
      });
      if (!response.ok || response.body === null) throw new Error(`live stream: ${response.status}`);
      const items: Record<string, unknown>[] = [];
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      void (async () => {
        let buffer = "";
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) return;
            buffer += value;
            const frames = buffer.split("\n\n");
            buffer = frames.pop() ?? "";
            for (const frame of frames)
              if (frame.startsWith("data: "))
                items.push(JSON.parse(frame.slice(6)) as Record<string, unknown>);
          }
        } catch {
          // Closed by the test.
        }
      })();
      return { items, close: () => controller.abort() };
    },
  };
}

/** The texts the business's items carry (text, choices body), for assertions. */
export function shownTexts(items: readonly Record<string, unknown>[]): string[] {
  return items.flatMap((item) => {
    const message = item.message as { type?: string; text?: string; body?: string } | undefined;
    if (item.direction !== "out" || message === undefined) return [];
    return [message.text ?? message.body ?? ""];
  });
}

/** Waits until the stream delivered the business's message holding `text`. */
export function waitForShown(
  stream: { items: Record<string, unknown>[] },
  text: string,
): Promise<Record<string, unknown>> {
  return eventually(
    async () => stream.items.find((item) => shownTexts([item]).some((shown) => shown.includes(text))),
    `"${text}" in the widget`,
  );
}
