/** The widget's calls to its server: session, send, seen, history, continue links, and the live stream. */
import { isWidgetItem, isWidgetSession, itemsOf, urlOf } from "./widget-types.js";
import type { ContinueTarget, VisitorMessage, WidgetItem, WidgetSession } from "./widget-types.js";

export interface ClientOptions {
  base: string;
  key: string;
}

export class WidgetClient {
  private token = "";

  constructor(private readonly options: ClientOptions) {}

  private url(path: string): string {
    return `${this.options.base}/webchat/${encodeURIComponent(this.options.key)}/${path}`;
  }

  private async call(method: string, path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(this.url(path), {
      method,
      headers: {
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(this.token === "" ? {} : { "x-webchat-visitor": this.token }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  }

  async start(request: {
    visitorToken?: string;
    userId?: string;
    userSignature?: string;
  }): Promise<WidgetSession> {
    const session = await this.call("POST", "session", request);
    if (!isWidgetSession(session)) throw new Error("session: the server's answer has no visitor token");
    this.token = session.visitorToken;
    return session;
  }

  send(id: string, message: VisitorMessage): Promise<unknown> {
    return this.call("POST", "messages", { id, message });
  }

  seen(status: "delivered" | "read", messageIds: string[]): Promise<unknown> {
    return this.call("POST", "seen", { status, messageIds });
  }

  async history(): Promise<WidgetItem[]> {
    return itemsOf(await this.call("GET", "history?limit=100"));
  }

  async continueLink(target: ContinueTarget, language: string): Promise<string | undefined> {
    return urlOf(await this.call("POST", "continue", { accountId: target.accountId, language }));
  }

  /** The live stream; `onItem` gets every new or changed item, `onOpen` each time it (re)connects. */
  live(onItem: (item: WidgetItem) => void, onOpen: () => void, onDown: () => void): EventSource {
    const source = new EventSource(`${this.url("events")}?visitor=${encodeURIComponent(this.token)}`);
    source.onopen = onOpen;
    source.onerror = onDown;
    source.onmessage = (event: MessageEvent<string>) => {
      const item: unknown = JSON.parse(event.data);
      if (isWidgetItem(item)) onItem(item);
    };
    return source;
  }
}
