/** How template categories and review states are named and coloured in the console. */
import type { Template, TemplateCategory, TemplateStatus } from "../../../api/automation-types";
import type { MessageKey } from "../../../i18n/en";

export const categoryLabels: Record<TemplateCategory, MessageKey> = {
  marketing: "automation.categoryMarketing",
  utility: "automation.categoryUtility",
  authentication: "automation.categoryAuthentication",
};

/** `waiting`: under review; `ok`: sendable; `stopped`: refused or switched off by WhatsApp. */
export type StatusTone = "waiting" | "ok" | "stopped" | "draft";

const known: Record<string, { key: MessageKey; tone: StatusTone }> = {
  draft: { key: "automation.statusDraft", tone: "draft" },
  PENDING: { key: "automation.statusPending", tone: "waiting" },
  APPROVED: { key: "automation.statusApproved", tone: "ok" },
  REJECTED: { key: "automation.statusRejected", tone: "stopped" },
  PAUSED: { key: "automation.statusPaused", tone: "stopped" },
  DISABLED: { key: "automation.statusDisabled", tone: "stopped" },
};

/** Pure: a review state → its label key (null for a state WhatsApp added since: show it as sent) and tone. */
export function templateStatusOf(status: TemplateStatus): { key: MessageKey | null; tone: StatusTone } {
  const entry = Object.hasOwn(known, status) ? known[status] : undefined;
  return entry ?? { key: null, tone: "draft" };
}

/** Pure: true while any template waits for WhatsApp's review, so the list keeps refreshing. */
export function hasPendingTemplate(templates: readonly Pick<Template, "status">[]): boolean {
  return templates.some((template) => template.status === "PENDING");
}

/** Pure: the category's label key in either case (Meta answers `UTILITY`), or null for an unknown one. */
export function categoryLabelOf(category: string): MessageKey | null {
  const lower = category.toLowerCase();
  return lower === "marketing" || lower === "utility" || lower === "authentication"
    ? categoryLabels[lower]
    : null;
}
