/**
 * Typed calls for stores (business hours, holidays, served channel accounts, queue replies). Built on the
 * signed-in client's `request`, so failures throw `ApiError` (422 `store_invalid` naming the field).
 */
import { useMemo } from "react";
import type { Holiday, OpeningInterval, Weekday } from "@switchboard/core";
import { useApi } from "./api-context";
import type { ApiClient } from "./client";
import type { EpochMs } from "./types";

export type { Holiday, OpeningInterval, Weekday };

export type WeeklyHours = Record<Weekday, OpeningInterval[]>;

export interface StoreChannelAccount {
  channelAccountId: string;
  /** The account's default store; one per account. */
  isDefault: boolean;
}

export interface Store {
  id: string;
  name: string;
  timeZone: string;
  hours: WeeklyHours;
  holidays: Holiday[];
  channelAccounts: StoreChannelAccount[];
  offlineReply: string | null;
  instantReply: string | null;
  createdAt: EpochMs;
  updatedAt: EpochMs;
}

/** What a save sends: every field, the lists replacing the stored ones. */
export type StoreInput = Omit<Store, "id" | "createdAt" | "updatedAt">;

export interface StoreOpenState {
  open: boolean;
  /** `at` itself when open; null when it never opens again. */
  nextOpeningAt: EpochMs | null;
}

export interface StoresApi {
  listStores(signal?: AbortSignal): Promise<Store[]>;
  createStore(input: StoreInput): Promise<Store>;
  updateStore(id: string, input: StoreInput): Promise<Store>;
  deleteStore(id: string): Promise<void>;
  /** Now, unless `at` is given. */
  storeOpenState(id: string, at?: EpochMs, signal?: AbortSignal): Promise<StoreOpenState>;
}

const seg = encodeURIComponent;

export function createStoresApi(client: ApiClient): StoresApi {
  const { request } = client;
  return {
    async listStores(signal) {
      return (await request<{ items: Store[] }>("GET", "/stores", undefined, signal)).items;
    },
    async createStore(input) {
      return (await request<{ store: Store }>("POST", "/stores", input)).store;
    },
    async updateStore(id, input) {
      return (await request<{ store: Store }>("PATCH", `/stores/${seg(id)}`, input)).store;
    },
    async deleteStore(id) {
      await request<{ ok: true }>("DELETE", `/stores/${seg(id)}`);
    },
    storeOpenState(id, at, signal) {
      const query = at === undefined ? "" : `?at=${at}`;
      return request<StoreOpenState>("GET", `/stores/${seg(id)}/open${query}`, undefined, signal);
    },
  };
}

/** The store calls of the signed-in console. Only inside `ApiProvider`. */
export function useStoresApi(): StoresApi {
  const client = useApi();
  return useMemo(() => createStoresApi(client), [client]);
}
