/** Orders and reports, wired by hand: order intake with attribution, the agent and store reports, the window setting. */
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.js";
import type { PersonLinkRepository } from "../features/contacts/person-links.repository.js";
import { AttributionCandidateRepository } from "../features/orders/attribution-candidates.repository.js";
import { CustomerResolver } from "../features/orders/customer-resolver.js";
import { OrderRepository } from "../features/orders/order.repository.js";
import { OrderService } from "../features/orders/order.service.js";
import { FirstResponseRepository } from "../features/reports/first-response.repository.js";
import { HandledActivityRepository } from "../features/reports/handled-activity.repository.js";
import { ReportDirectoryRepository } from "../features/reports/report-directory.repository.js";
import { ReportService } from "../features/reports/report.service.js";
import { AttributionSettingsRepository } from "../features/settings/attribution-settings.repository.js";

export type Sales = ReturnType<typeof createSales>;

export function createSales(db: Kysely<Database>, personLinks: PersonLinkRepository) {
  const attributionSettings = new AttributionSettingsRepository(db);
  return {
    attributionSettings,
    orders: new OrderService({
      db,
      orders: new OrderRepository(db),
      customers: new CustomerResolver(db),
      candidates: new AttributionCandidateRepository(db),
      personLinks,
      settings: attributionSettings,
      now: Date.now,
    }),
    reports: new ReportService({
      activity: new HandledActivityRepository(db),
      firstResponses: new FirstResponseRepository(db),
      directory: new ReportDirectoryRepository(db),
    }),
  };
}
