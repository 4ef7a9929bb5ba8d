/**
 * Typed calls for the agent and store reports and the orders credited to agents (docs/api.md, "Orders and
 * reports"). Built on the signed-in client's `request`; the server scopes every answer to the caller.
 */
import { useMemo } from "react";
import { useApi } from "./api-context";
import type { ApiClient } from "./client";
import type { EpochMs } from "./types";

export interface Revenue {
  currency: string;
  /** In the currency's minor unit. */
  amount: number;
}

export interface ReportFigures {
  conversationsHandled: number;
  medianFirstResponseMs: number | null;
  firstResponses: number;
  orders: number;
  revenue: Revenue[];
}

export type AgentReportRow = ReportFigures & { userId: string; name: string; role: string };
export type StoreReportRow = ReportFigures & { storeId: string; name: string };

export interface Report<Row> {
  from: EpochMs;
  to: EpochMs;
  partial: boolean;
  items: Row[];
}

export interface ReportedOrder {
  id: string;
  source: string;
  orderId: string;
  contactId: string;
  amount: number;
  currency: string;
  orderedAt: EpochMs;
  credit: { userId: string | null; storeId: string | null; conversationId: string | null };
  names: { contact: string | null; user: string | null; store: string | null };
}

export interface Period {
  from: EpochMs;
  to: EpochMs;
}

export interface ReportsApi {
  agentReport(period: Period, signal?: AbortSignal): Promise<Report<AgentReportRow>>;
  storeReport(period: Period, signal?: AbortSignal): Promise<Report<StoreReportRow>>;
  /** Newest first, within the period. */
  listOrders(period: Period, signal?: AbortSignal): Promise<ReportedOrder[]>;
}

const query = (period: Period) => `from=${period.from}&to=${period.to}`;

export function createReportsApi(client: ApiClient): ReportsApi {
  const { request } = client;
  return {
    agentReport(period, signal) {
      return request("GET", `/reports/agents?${query(period)}`, undefined, signal);
    },
    storeReport(period, signal) {
      return request("GET", `/reports/stores?${query(period)}`, undefined, signal);
    },
    async listOrders(period, signal) {
      const page = await request<{ items: ReportedOrder[] }>(
        "GET",
        `/orders?${query(period)}&limit=50`,
        undefined,
        signal,
      );
      return page.items;
    },
  };
}

/** The report calls of the signed-in console. Only inside `ApiProvider`. */
export function useReportsApi(): ReportsApi {
  const client = useApi();
  return useMemo(() => createReportsApi(client), [client]);
}
