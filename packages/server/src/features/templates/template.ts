/** A WhatsApp message template in the registry: the authored definition and Meta's review status. */
import type { TemplateCategory, TemplateDefinition } from "@switchboard/channels";

/** Meta's category, as it stands after review (Meta may re-categorise a template). */
export type TemplateProviderCategory = "MARKETING" | "UTILITY" | "AUTHENTICATION";

/** Meta's word for an authored category. */
export const PROVIDER_CATEGORY: Readonly<Record<TemplateCategory, TemplateProviderCategory>> = {
  marketing: "MARKETING",
  utility: "UTILITY",
  authentication: "AUTHENTICATION",
};

/** Not yet submitted; every other status is Meta's word (PLATFORMS.md A5.3). */
export const DRAFT_STATUS = "draft";
/** The only status WhatsApp sends. */
export const APPROVED_STATUS = "APPROVED";
/** Set by a sync when Meta no longer lists a template it had accepted (deleted elsewhere). */
export const DELETED_STATUS = "DELETED";

export interface Template {
  id: string;
  channelAccountId: string;
  name: string;
  language: string;
  category: TemplateProviderCategory;
  definition: TemplateDefinition;
  /** `draft`, then Meta's: PENDING, APPROVED, REJECTED, PAUSED, DISABLED… */
  status: string;
  /** Meta's rejection, pause or disable reason. */
  statusReason: string | null;
  providerTemplateId: string | null;
  createdAt: number;
  updatedAt: number;
}
