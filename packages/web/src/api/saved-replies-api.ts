/**
 * Typed calls for saved replies (docs/api.md, "Saved replies"): list, create, change, delete, and render
 * one for a conversation. Built on the signed-in client's `request`, so failures throw `ApiError`.
 */
import type { ApiClient } from "./client";
import type { EpochMs, LimitViolation, OutboundMessage, OutboundMessageInput } from "./types";

export type SavedReplyScope = "shared" | "personal";

/** A limit one configured channel would refuse in the message as written; the reply is saved anyway. */
export interface SavedReplyWarning extends LimitViolation {
  channel: string;
}

export interface SavedReply {
  id: string;
  scope: SavedReplyScope;
  ownerId: string | null;
  title: string;
  /** `/` and 1–32 letters, digits, `-` or `_`. */
  shortcut: string;
  /** Variables such as `{{contact.name}}` unfilled. */
  message: OutboundMessage;
  tags: string[];
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

export interface ListedSavedReply extends SavedReply {
  warnings: SavedReplyWarning[];
}

export interface SavedReplyInput {
  title: string;
  shortcut: string;
  message: OutboundMessageInput;
  tags: string[];
}

const replyPath = (id: string, rest = "") => `/saved-replies/${encodeURIComponent(id)}${rest}`;

/** Shared replies by shortcut, each with the limits every channel would refuse in it. */
export async function listSavedReplies(api: ApiClient, signal?: AbortSignal): Promise<ListedSavedReply[]> {
  return (await api.request<{ items: ListedSavedReply[] }>("GET", "/saved-replies", undefined, signal)).items;
}

/** 409 `saved_reply_shortcut_taken` (path `shortcut`); 422 naming the field of a broken rule. */
export async function createSavedReply(api: ApiClient, input: SavedReplyInput): Promise<ListedSavedReply> {
  const checked = await api.request<{ savedReply: SavedReply; warnings: SavedReplyWarning[] }>(
    "POST",
    "/saved-replies",
    input,
  );
  return { ...checked.savedReply, warnings: checked.warnings };
}

export async function updateSavedReply(
  api: ApiClient,
  id: string,
  input: Partial<SavedReplyInput>,
): Promise<ListedSavedReply> {
  const checked = await api.request<{ savedReply: SavedReply; warnings: SavedReplyWarning[] }>(
    "PATCH",
    replyPath(id),
    input,
  );
  return { ...checked.savedReply, warnings: checked.warnings };
}

export async function deleteSavedReply(api: ApiClient, id: string): Promise<void> {
  await api.request<{ ok: true }>("DELETE", replyPath(id));
}

/** The reply's message with its variables filled for the conversation's contact. */
export async function renderSavedReply(
  api: ApiClient,
  id: string,
  conversationId: string,
  signal?: AbortSignal,
): Promise<OutboundMessage> {
  const path = replyPath(id, "/render");
  return (await api.request<{ message: OutboundMessage }>("POST", path, { conversationId }, signal)).message;
}
