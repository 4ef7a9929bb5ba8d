/** What a template status webhook does to the stored template: its new status and reason. */
import type { TemplateStatusEvent } from "@switchboard/core";
import { APPROVED_STATUS } from "./template.js";

/**
 * Events that are not statuses of their own: `REINSTATED` puts a paused or flagged template back in
 * service (PLATFORMS.md A5.3), so it is sendable again.
 */
const STATUS_OF_EVENT: Readonly<Record<string, string>> = { REINSTATED: APPROVED_STATUS };

/**
 * The status and reason to store. The reason is Meta's code and explanation
 * (`INVALID_FORMAT: Variable parameters are not allowed…`), null when the event gives none, so an
 * approval clears an earlier rejection reason. Pure.
 */
export function templateStatusChange(event: TemplateStatusEvent): {
  status: string;
  statusReason: string | null;
} {
  const status = STATUS_OF_EVENT[event.status] ?? event.status;
  const parts = [event.reasonCode, event.reasonText].filter(
    (part): part is string => part !== undefined && part !== "",
  );
  return { status, statusReason: parts.length === 0 ? null : parts.join(": ") };
}
