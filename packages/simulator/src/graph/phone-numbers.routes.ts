/**
 * Read-only phone number objects, as apps fetch them to check a token and a number: `GET /{phone-number-id}`
 * (answered through the media route, which owns the two-segment path) and `GET /{waba-id}/phone_numbers`.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SimulatorRuntime } from "../runtime.js";
import type { Business } from "../state/business-store.js";
import { authorize, checkVersion } from "./authorize.js";

const DEFAULT_FIELDS = [
  "verified_name",
  "code_verification_status",
  "display_phone_number",
  "quality_rating",
  "platform_type",
  "throughput",
  "id",
];

const fieldsQuery = z.object({ fields: z.string().optional() });

/** The phone number object with the requested `fields` (Meta's defaults when none are asked for). */
export function phoneNumberObject(business: Business, query: unknown): Record<string, unknown> {
  const parsed = fieldsQuery.safeParse(query);
  const asked =
    parsed.success && parsed.data.fields !== undefined ? parsed.data.fields.split(",") : DEFAULT_FIELDS;
  const all: Record<string, unknown> = {
    verified_name: business.name,
    code_verification_status: "VERIFIED",
    display_phone_number: business.displayPhoneNumber,
    quality_rating: "GREEN",
    platform_type: "CLOUD_API",
    throughput: { level: "STANDARD" },
    status: "CONNECTED",
    name_status: "APPROVED",
    messaging_limit_tier: "TIER_250",
    whatsapp_business_manager_messaging_limit: "TIER_250",
    id: business.phoneNumberId,
  };
  const shown: Record<string, unknown> = {};
  for (const field of [...asked.map((f) => f.trim()), "id"]) {
    if (Object.hasOwn(all, field)) shown[field] = all[field];
  }
  return shown;
}

export function registerPhoneNumberRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  app.get("/:version/:wabaId/phone_numbers", async (request) => {
    const { version, wabaId } = z.object({ version: z.string(), wabaId: z.string() }).parse(request.params);
    checkVersion(version, request.url);
    const numbers = runtime.businesses.inWaba(wabaId);
    authorize(request, numbers, runtime.businesses, wabaId, "get");
    return {
      data: numbers.map((business) => phoneNumberObject(business, request.query)),
      paging: { cursors: { before: "", after: "" } },
    };
  });
}
