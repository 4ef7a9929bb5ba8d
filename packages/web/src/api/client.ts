/**
 * Typed calls to the HTTP API (docs/api.md), signed in with the admin token (a bearer header) or a console
 * session (its httpOnly cookie, and the CSRF token on every change). Failures throw `ApiError`.
 * The server validates what it answers, so the console trusts the shapes of successful bodies.
 */
import { ApiError, parseApiError } from "./api-error";
import type {
  ChannelAccount,
  Conversation,
  ConversationStatus,
  Message,
  NewChannelAccount,
  OutboundMessageInput,
  Page,
} from "./types";

export { ApiError } from "./api-error";
export type * from "./types";

export interface ApiClient {
  /** Resolves when the token is accepted; rejects with `unauthorized` otherwise. */
  checkSession(signal?: AbortSignal): Promise<void>;
  listChannelAccounts(signal?: AbortSignal): Promise<ChannelAccount[]>;
  createChannelAccount(input: NewChannelAccount): Promise<ChannelAccount>;
  listConversations(
    query: { status?: ConversationStatus; limit?: number; cursor?: string },
    signal?: AbortSignal,
  ): Promise<Page<Conversation>>;
  getConversation(id: string, signal?: AbortSignal): Promise<Conversation>;
  /** Oldest first; with `since` (an `updatedAt`), only messages created or changed after it. */
  listMessages(
    conversationId: string,
    query: { since?: number; limit?: number },
    signal?: AbortSignal,
  ): Promise<Message[]>;
  /** Answers 409 `window_closed` or 422 `message_invalid` (with violations) when it cannot be sent. */
  sendMessage(conversationId: string, message: OutboundMessageInput): Promise<Message>;
  /** The file a customer sent (404 `media_not_ready` while it is still being downloaded). */
  fetchMedia(messageId: string, signal?: AbortSignal): Promise<Blob>;
  /** Any JSON call under the API prefix; feature modules (api/*-api.ts) build their typed calls on it. */
  request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T>;
}

export interface ApiClientOptions {
  /** The admin token or an API token; without it the session cookie signs the calls. */
  token?: string | null;
  /** The session's CSRF token, sent in `X-CSRF-Token` on every change. */
  csrfToken?: string | null;
  /** Origin and prefix of the API; same origin by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Called when the server rejects the token, so the console can sign out. */
  onUnauthorized?: () => void;
}

type Query = Record<string, string | number | undefined>;

function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search === "" ? path : `${path}?${search}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function createApiClient(options: ApiClientOptions): ApiClient {
  const baseUrl = options.baseUrl ?? "/api/v1";
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  async function send(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = {};
    if (options.token) headers["Authorization"] = `Bearer ${options.token}`;
    if (options.csrfToken && method !== "GET") headers["X-CSRF-Token"] = options.csrfToken;
    const init: RequestInit = { method, headers, credentials: "same-origin" };
    if (body !== undefined) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    if (signal) init.signal = signal;
    let response: Response;
    try {
      response = await doFetch(`${baseUrl}${path}`, init);
    } catch (cause) {
      if (signal?.aborted) throw cause;
      const message = cause instanceof Error ? cause.message : "The server could not be reached.";
      throw new ApiError({ status: 0, code: "network_error", message });
    }
    if (!response.ok) {
      const error = parseApiError(response.status, await readJson(response));
      if (response.status === 401) options.onUnauthorized?.();
      throw error;
    }
    return response;
  }

  async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const response = await send(method, path, body, signal);
    // Successful bodies come from our own server, which validates them against the same documented shapes.
    const parsed: T = await response.json();
    return parsed;
  }

  return {
    async checkSession(signal) {
      await request<{ ok: true }>("GET", "/session", undefined, signal);
    },
    async listChannelAccounts(signal) {
      return (await request<{ items: ChannelAccount[] }>("GET", "/channel-accounts", undefined, signal))
        .items;
    },
    async createChannelAccount(input) {
      return (await request<{ channelAccount: ChannelAccount }>("POST", "/channel-accounts", input))
        .channelAccount;
    },
    listConversations(query, signal) {
      return request<Page<Conversation>>("GET", withQuery("/conversations", query), undefined, signal);
    },
    async getConversation(id, signal) {
      const path = `/conversations/${encodeURIComponent(id)}`;
      return (await request<{ conversation: Conversation }>("GET", path, undefined, signal)).conversation;
    },
    async listMessages(conversationId, query, signal) {
      const path = withQuery(`/conversations/${encodeURIComponent(conversationId)}/messages`, query);
      return (await request<{ items: Message[] }>("GET", path, undefined, signal)).items;
    },
    async sendMessage(conversationId, message) {
      const path = `/conversations/${encodeURIComponent(conversationId)}/messages`;
      return (await request<{ message: Message }>("POST", path, { message })).message;
    },
    async fetchMedia(messageId, signal) {
      const response = await send(
        "GET",
        `/messages/${encodeURIComponent(messageId)}/media`,
        undefined,
        signal,
      );
      return response.blob();
    },
    request,
  };
}
