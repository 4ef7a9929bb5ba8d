/**
 * Typed calls of the inbox: folders and their counts, unread state, internal notes, ownership changes,
 * the contact panel, and what the filters and the template composer offer. Built on the signed-in
 * client's `request`, so failures throw `ApiError`.
 */
import { useMemo } from "react";
import { useApi } from "./api-context";
import type { ApiClient } from "./client";
import type { Template } from "./automation-types";
import type { Contact, Conversation, ConversationStatus, EpochMs, Page } from "./types";

/** The list's filters (and the counts' — without `status`). */
export interface ConversationQuery {
  status?: ConversationStatus;
  /** `me`, `none` or a user id. */
  assigned?: string;
  channel?: string;
  storeId?: string;
  tag?: string;
}

export type StatusCounts = Record<ConversationStatus, number>;

/** A conversation as the list shows it: with `unread` for the caller. */
export type ListedConversation = Conversation & {
  assignedUserId?: string | null;
  storeId?: string | null;
  unread?: boolean;
};

export interface ConversationNote {
  id: string;
  conversationId: string;
  authorUserId: string | null;
  authorLabel: string;
  text: string;
  createdAt: EpochMs;
}

export interface OwnershipChange {
  status?: ConversationStatus;
  assignedUserId?: string | null;
  storeId?: string | null;
}

export interface PanelContact extends Contact {
  tags: string[];
  optOuts: { topic: string; source: string; at: EpochMs }[];
}

export interface ContactIdentity {
  contactId: string;
  channel: string;
  channelAccountId: string;
  channelAccountName: string;
  externalId: string;
  displayName: string | null;
}

export interface PastConversation {
  id: string;
  channel: string;
  status: ConversationStatus;
  lastMessageAt: EpochMs;
  lastMessagePreview: string;
  createdAt: EpochMs;
}

export interface StaffUser {
  id: string;
  name: string;
  email: string;
  role: "admin" | "store_manager" | "agent";
  storeIds: string[];
  active: boolean;
}

export interface SessionActor {
  kind: "admin_token" | "session" | "api_token";
  role: "admin" | "store_manager" | "agent";
  userId: string | null;
  storeIds: string[];
}

export interface InboxApi {
  listConversations(
    query: ConversationQuery & { limit: number },
    signal?: AbortSignal,
  ): Promise<Page<ListedConversation>>;
  counts(query: ConversationQuery, signal?: AbortSignal): Promise<StatusCounts>;
  unreadCounts(query: ConversationQuery, signal?: AbortSignal): Promise<StatusCounts>;
  markRead(conversationId: string): Promise<void>;
  changeOwnership(conversationId: string, change: OwnershipChange): Promise<ListedConversation>;
  listNotes(conversationId: string, signal?: AbortSignal): Promise<ConversationNote[]>;
  addNote(conversationId: string, text: string): Promise<ConversationNote>;
  conversationContact(conversationId: string, signal?: AbortSignal): Promise<PanelContact>;
  /** The person's other channel identities; admins only (others get 403). */
  contactIdentities(contactId: string, signal?: AbortSignal): Promise<ContactIdentity[]>;
  contactConversations(contactId: string, signal?: AbortSignal): Promise<PastConversation[]>;
  /** Staff you may see; 403 for agents. */
  listUsers(signal?: AbortSignal): Promise<StaffUser[]>;
  listStores(signal?: AbortSignal): Promise<{ id: string; name: string }[]>;
  listTemplates(channelAccountId: string, signal?: AbortSignal): Promise<Template[]>;
}

const seg = encodeURIComponent;

/** Pure: the query string of the list's or the counts' filters (empty values left out). */
export function queryString(query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}

export function createInboxApi(client: ApiClient): InboxApi {
  const { request } = client;
  return {
    listConversations: (query, signal) =>
      request("GET", `/conversations${queryString({ ...query })}`, undefined, signal),
    counts: (query, signal) =>
      request("GET", `/conversations/counts${queryString({ ...query })}`, undefined, signal),
    unreadCounts: (query, signal) =>
      request("GET", `/conversations/unread-counts${queryString({ ...query })}`, undefined, signal),
    async markRead(conversationId) {
      await request("POST", `/conversations/${seg(conversationId)}/read`);
    },
    async changeOwnership(conversationId, change) {
      return (
        await request<{ conversation: ListedConversation }>(
          "PATCH",
          `/conversations/${seg(conversationId)}`,
          change,
        )
      ).conversation;
    },
    async listNotes(conversationId, signal) {
      return (
        await request<{ items: ConversationNote[] }>(
          "GET",
          `/conversations/${seg(conversationId)}/notes`,
          undefined,
          signal,
        )
      ).items;
    },
    async addNote(conversationId, text) {
      return (
        await request<{ note: ConversationNote }>("POST", `/conversations/${seg(conversationId)}/notes`, {
          text,
        })
      ).note;
    },
    async conversationContact(conversationId, signal) {
      return (
        await request<{ contact: PanelContact }>(
          "GET",
          `/conversations/${seg(conversationId)}/contact`,
          undefined,
          signal,
        )
      ).contact;
    },
    async contactIdentities(contactId, signal) {
      const answer = await request<{ contact: { identities?: ContactIdentity[] } }>(
        "GET",
        `/contacts/${seg(contactId)}`,
        undefined,
        signal,
      );
      return answer.contact.identities ?? [];
    },
    async contactConversations(contactId, signal) {
      return (
        await request<{ items: PastConversation[] }>(
          "GET",
          `/contacts/${seg(contactId)}/conversations`,
          undefined,
          signal,
        )
      ).items;
    },
    async listUsers(signal) {
      return (await request<{ items: StaffUser[] }>("GET", "/users", undefined, signal)).items;
    },
    async listStores(signal) {
      return (await request<{ items: { id: string; name: string }[] }>("GET", "/stores", undefined, signal))
        .items;
    },
    async listTemplates(channelAccountId, signal) {
      return (
        await request<{ items: Template[] }>(
          "GET",
          `/channel-accounts/${seg(channelAccountId)}/templates`,
          undefined,
          signal,
        )
      ).items;
    },
  };
}

/** The inbox calls of the signed-in console. */
export function useInboxApi(): InboxApi {
  const client = useApi();
  return useMemo(() => createInboxApi(client), [client]);
}
