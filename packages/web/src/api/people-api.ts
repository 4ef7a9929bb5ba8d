/** Typed calls for users, API tokens and the audit log, on the signed-in client's `request`. */
import { useMemo } from "react";
import { useApi } from "./api-context";
import type { ApiClient } from "./client";
import type { ConsoleUser, Role } from "./session-api";

export interface UserInput {
  email: string;
  name: string;
  role: Role;
  storeIds: string[];
  capacity: number | null;
  /** Required for a new user; left out to keep the current one. */
  password?: string;
  active?: boolean;
}

export interface ApiTokenInfo {
  id: string;
  userId: string;
  name: string;
  hint: string;
  lastUsedAt: number | null;
  revokedAt: number | null;
  createdAt: number;
}

export interface AuditEntry {
  id: string;
  at: number;
  actorKind: string;
  actorLabel: string;
  action: string;
  target: string | null;
  ip: string | null;
}

export function peopleApi(client: ApiClient) {
  return {
    async listUsers(signal?: AbortSignal) {
      return (await client.request<{ items: ConsoleUser[] }>("GET", "/users", undefined, signal)).items;
    },
    async createUser(input: UserInput) {
      return (await client.request<{ user: ConsoleUser }>("POST", "/users", input)).user;
    },
    async updateUser(id: string, patch: Partial<UserInput>) {
      return (await client.request<{ user: ConsoleUser }>("PATCH", `/users/${encodeURIComponent(id)}`, patch))
        .user;
    },
    async listApiTokens(signal?: AbortSignal) {
      return (await client.request<{ items: ApiTokenInfo[] }>("GET", "/api-tokens", undefined, signal)).items;
    },
    createApiToken(name: string) {
      return client.request<{ apiToken: ApiTokenInfo; token: string }>("POST", "/api-tokens", { name });
    },
    async revokeApiToken(id: string) {
      return (
        await client.request<{ apiToken: ApiTokenInfo }>("DELETE", `/api-tokens/${encodeURIComponent(id)}`)
      ).apiToken;
    },
    async listAuditLog(signal?: AbortSignal) {
      return (await client.request<{ items: AuditEntry[] }>("GET", "/audit-log?limit=100", undefined, signal))
        .items;
    },
  };
}

export type PeopleApi = ReturnType<typeof peopleApi>;

export function usePeopleApi(): PeopleApi {
  const client = useApi();
  return useMemo(() => peopleApi(client), [client]);
}
