/**
 * The agent and store reports of a period: conversations handled, the median first-response time,
 * orders credited and revenue per currency — one row per agent or store the caller may see.
 */
import type { FirstResponse, FirstResponseRepository } from "./first-response.repository.js";
import type { HandledActivityRepository, OrderTotals } from "./handled-activity.repository.js";
import { median } from "./median.js";
import type { ReportDirectoryRepository, ReportUser } from "./report-directory.repository.js";
import type { ReportPeriod } from "./report-period.js";
import type { SalesScope } from "./sales-scope.js";

export interface ReportFigures {
  conversationsHandled: number;
  /** Median of the first-response times given in the period; null when none was. */
  medianFirstResponseMs: number | null;
  /** How many first responses the median is taken over. */
  firstResponses: number;
  orders: number;
  revenue: { currency: string; amount: number }[];
}

export type AgentReportRow = ReportFigures & { userId: string; name: string; role: ReportUser["role"] };
export type StoreReportRow = ReportFigures & { storeId: string; name: string };

export interface Report<Row> {
  from: number;
  to: number;
  /** True when there were too many conversations to read every first response. */
  partial: boolean;
  items: Row[];
}

export class ReportService {
  constructor(
    private readonly deps: {
      activity: HandledActivityRepository;
      firstResponses: FirstResponseRepository;
      directory: ReportDirectoryRepository;
    },
  ) {}

  /** One row per user in scope; users without any activity are listed only when they are agents or store managers. */
  async agents(period: ReportPeriod, scope: SalesScope): Promise<Report<AgentReportRow>> {
    const [users, handled, responses, orders] = await Promise.all([
      this.deps.directory.users(scope),
      this.deps.activity.handledPerUser(period),
      this.deps.firstResponses.inPeriod(period),
      this.deps.activity.orderTotals(period, "user"),
    ]);
    const figures = assemble(handled, responses.items, (r) => r.userId, orders);
    const items = users.flatMap((user) => {
      const row = figures(user.id);
      const active = row.conversationsHandled > 0 || row.orders > 0 || row.firstResponses > 0;
      return active || user.role !== "admin"
        ? [{ userId: user.id, name: user.name, role: user.role, ...row }]
        : [];
    });
    return { ...period, partial: responses.partial, items };
  }

  /** One row per store in scope. */
  async stores(period: ReportPeriod, scope: SalesScope): Promise<Report<StoreReportRow>> {
    const [stores, handled, responses, orders] = await Promise.all([
      this.deps.directory.stores(scope),
      this.deps.activity.handledPerStore(period),
      this.deps.firstResponses.inPeriod(period),
      this.deps.activity.orderTotals(period, "store"),
    ]);
    const figures = assemble(handled, responses.items, (r) => r.storeId, orders);
    const items = stores.map((store) => ({ storeId: store.id, name: store.name, ...figures(store.id) }));
    return { ...period, partial: responses.partial, items };
  }
}

/** Pure: the figures of one key (a user or store id) from the period's counts, responses and order totals. */
function assemble(
  handled: ReadonlyMap<string, number>,
  responses: readonly FirstResponse[],
  keyOf: (response: FirstResponse) => string | null,
  orders: readonly OrderTotals[],
): (key: string) => ReportFigures {
  const waits = new Map<string, number[]>();
  for (const response of responses) {
    const key = keyOf(response);
    if (key === null) continue;
    const list = waits.get(key) ?? [];
    list.push(response.waitedMs);
    waits.set(key, list);
  }
  return (key) => {
    const mine = orders.filter((total) => total.key === key);
    const times = waits.get(key) ?? [];
    return {
      conversationsHandled: handled.get(key) ?? 0,
      medianFirstResponseMs: median(times),
      firstResponses: times.length,
      orders: mine.reduce((sum, total) => sum + total.orders, 0),
      revenue: mine
        .map((total) => ({ currency: total.currency, amount: total.amount }))
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  };
}
