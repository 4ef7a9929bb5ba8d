/** Typed calls to the control API for Messenger, Instagram and LINE chats (paths relative to the mount point). */
import { fields, isDefined, items, num, text } from "./payload-fields.js";

const CONTROL_API = "_sim/api/";

export type Platform = "messenger" | "instagram" | "line";

/** A Facebook page, an Instagram account or a LINE channel. */
export interface ChannelAccount {
  platform: Platform;
  id: string;
  name: string;
  /** Instagram handle, or a LINE channel's basic id (`@…`). */
  handle: string;
}

export interface ChannelPerson {
  id: string;
  name: string;
}

export interface ChannelItem {
  seq: number;
  id: string;
  direction: "in" | "out";
  at: number;
  type: string;
  payload: unknown;
  status: string;
  error: string | undefined;
}

export interface ChannelPost {
  id: string;
  message: string;
  comments: { id: string; text: string; mine: boolean }[];
}

/** What a person can do; the simulator turns it into the platform's webhook. */
export type ChannelAction = Record<string, unknown> & { type: string };

export async function listAccounts(platform: Platform): Promise<ChannelAccount[]> {
  if (platform === "line") {
    const body = fields(await call("line/channels"));
    return items(body.items)
      .map((value) => {
        const f = fields(value);
        const id = text(f.channelId);
        return id === undefined
          ? undefined
          : { platform, id, name: text(f.name) ?? id, handle: text(f.basicId) ?? "" };
      })
      .filter(isDefined);
  }
  const body = fields(await call("meta/accounts"));
  return items(body.items)
    .map((value) => {
      const f = fields(value);
      const id = text(f.id);
      if (id === undefined || f.platform !== platform) return undefined;
      return { platform, id, name: text(f.name) ?? id, handle: text(f.username) ?? "" };
    })
    .filter(isDefined);
}

export async function listPeople(account: ChannelAccount): Promise<ChannelPerson[]> {
  const body = fields(await call(`${base(account)}/users`));
  return items(body.items)
    .map((value) => {
      const f = fields(value);
      const id = text(f.id) ?? text(f.userId);
      return id === undefined ? undefined : { id, name: text(f.name) ?? text(f.displayName) ?? id };
    })
    .filter(isDefined);
}

export async function createPerson(account: ChannelAccount, name: string): Promise<ChannelPerson> {
  const input = account.platform === "line" ? { displayName: name } : { name };
  const body = fields(await call(`${base(account)}/users`, { method: "POST", body: JSON.stringify(input) }));
  const user = fields(body.user);
  const id = text(user.id) ?? text(user.userId) ?? "";
  return { id, name };
}

/** Sends as the person; the webhook's answer ("failed: …" when the business did not take it). */
export async function act(
  account: ChannelAccount,
  personId: string,
  message: ChannelAction,
): Promise<string | undefined> {
  const path = `${base(account)}/users/${encodeURIComponent(personId)}/send`;
  const body = fields(await call(path, { method: "POST", body: JSON.stringify({ message }) }));
  const webhook = fields(body.webhook);
  return webhook.ok === true ? undefined : String(text(webhook.status) ?? "no answer");
}

export async function loadChannelChat(
  account: ChannelAccount,
  personId: string,
  after: number,
): Promise<ChannelItem[]> {
  const prefix = account.platform === "line" ? "line/chats" : "meta/chats";
  const path = `${prefix}/${encodeURIComponent(account.id)}/${encodeURIComponent(personId)}?after=${after}`;
  const body = fields(await call(path));
  return items(body.items).map(toItem).filter(isDefined);
}

/** The Messenger Profile of a page or Instagram account (Get Started, ice breakers, menu). */
export async function loadProfile(account: ChannelAccount): Promise<Record<string, unknown>> {
  if (account.platform === "line") return {};
  return { ...fields(await call(`meta/accounts/${encodeURIComponent(account.id)}/profile`)) };
}

export async function listPosts(account: ChannelAccount): Promise<ChannelPost[]> {
  const body = fields(await call(`meta/accounts/${encodeURIComponent(account.id)}/posts`));
  return items(body.items).map((value) => {
    const f = fields(value);
    return {
      id: text(f.id) ?? "",
      message: text(f.message) ?? "",
      comments: items(f.comments).map((comment) => {
        const c = fields(comment);
        return { id: text(c.id) ?? "", text: text(c.text) ?? "", mine: c.userId === undefined };
      }),
    };
  });
}

export async function createPost(account: ChannelAccount, message: string): Promise<void> {
  await call(`meta/accounts/${encodeURIComponent(account.id)}/posts`, {
    method: "POST",
    body: JSON.stringify({ message }),
  });
}

export async function comment(
  account: ChannelAccount,
  personId: string,
  postId: string,
  value: string,
): Promise<void> {
  const path = `meta/accounts/${encodeURIComponent(account.id)}/users/${encodeURIComponent(personId)}/comment`;
  await call(path, { method: "POST", body: JSON.stringify({ postId, text: value }) });
}

function base(account: ChannelAccount): string {
  return account.platform === "line"
    ? `line/channels/${encodeURIComponent(account.id)}`
    : `meta/accounts/${encodeURIComponent(account.id)}`;
}

function toItem(value: unknown): ChannelItem | undefined {
  const f = fields(value);
  const seq = num(f.seq);
  const id = text(f.id);
  if (seq === undefined || id === undefined || (f.direction !== "in" && f.direction !== "out"))
    return undefined;
  const error = fields(f.error);
  return {
    seq,
    id,
    direction: f.direction,
    at: num(f.at) ?? Date.now(),
    type: text(f.type) ?? "unknown",
    payload: f.payload,
    status: text(f.status) ?? "",
    error: text(error.details) ?? text(error.title),
  };
}

async function call(path: string, init: RequestInit = {}): Promise<unknown> {
  const headers: HeadersInit = init.body === undefined ? {} : { "content-type": "application/json" };
  const response = await fetch(CONTROL_API + path, { ...init, headers, cache: "no-store" });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    throw new Error(text(fields(fields(body).error).message) ?? `${response.status} ${response.statusText}`);
  }
  return body;
}
