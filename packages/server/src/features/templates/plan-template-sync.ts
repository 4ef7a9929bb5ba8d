/** Compares the registry with Meta's listing of the account's templates and says what to change. */
import { fromWhatsAppTemplate } from "@switchboard/channels";
import type { WhatsAppTemplateInfo } from "@switchboard/channels";
import type { NewTemplate, TemplateProviderPatch } from "./template.repository.js";
import { providerCategoryOf } from "./template.repository.js";
import { DELETED_STATUS, DRAFT_STATUS, PROVIDER_CATEGORY, type Template } from "./template.js";

export interface SkippedTemplate {
  name: string;
  language: string;
  reason: string;
}

export interface TemplateSyncPlan {
  updates: { id: string; patch: TemplateProviderPatch }[];
  inserts: Omit<NewTemplate, "channelAccountId">[];
  skipped: SkippedTemplate[];
}

const GONE_REASON = "WhatsApp no longer lists this template; it was deleted outside Switchboard.";

function reasonOf(info: WhatsAppTemplateInfo): string | null {
  const reason = info.rejected_reason?.trim();
  return reason === undefined || reason === "" || reason.toUpperCase() === "NONE" ? null : reason;
}

/** Only what differs, so a second sync with nothing new at Meta changes nothing. */
function patchFor(template: Template, info: WhatsAppTemplateInfo): TemplateProviderPatch {
  const patch: TemplateProviderPatch = {};
  const status = info.status.toUpperCase();
  if (template.status !== status) {
    patch.status = status;
    patch.statusReason = reasonOf(info);
  } else if (template.statusReason === null && reasonOf(info) !== null) {
    // Keep a webhook's fuller explanation; fill the reason only when none is stored.
    patch.statusReason = reasonOf(info);
  }
  if (template.providerTemplateId !== info.id) patch.providerTemplateId = info.id;
  const category = providerCategoryOf(info.category);
  if (category !== undefined && category !== template.category) patch.category = category;
  return patch;
}

/**
 * Pure. Each listed template updates the stored one with its id (else its name and language): status,
 * reason, id and category; the stored definition stays as authored. Listed templates the registry does not
 * hold are added with the definition read back from Meta, or skipped with the reason it cannot be read.
 * Stored templates Meta had accepted but no longer lists become DELETED; drafts are left alone.
 */
export function planTemplateSync(stored: Template[], listed: WhatsAppTemplateInfo[]): TemplateSyncPlan {
  const plan: TemplateSyncPlan = { updates: [], inserts: [], skipped: [] };
  const matched = new Set<string>();
  const key = (name: string, language: string) => `${name}\n${language}`;
  const byProviderId = new Map(
    stored.flatMap((t) => (t.providerTemplateId === null ? [] : [[t.providerTemplateId, t] as const])),
  );
  const byName = new Map(stored.map((t) => [key(t.name, t.language), t] as const));
  for (const info of listed) {
    const template = byProviderId.get(info.id) ?? byName.get(key(info.name, info.language));
    if (template !== undefined) {
      // Listed twice (it should not be): the first listing wins.
      if (matched.has(template.id)) continue;
      matched.add(template.id);
      const patch = patchFor(template, info);
      if (Object.keys(patch).length > 0) plan.updates.push({ id: template.id, patch });
      continue;
    }
    const definition = fromWhatsAppTemplate(info);
    if (!definition.ok) {
      plan.skipped.push({ name: info.name, language: info.language, reason: definition.error });
      continue;
    }
    plan.inserts.push({
      definition: definition.value,
      category: providerCategoryOf(info.category) ?? PROVIDER_CATEGORY[definition.value.category],
      status: info.status.toUpperCase(),
      statusReason: reasonOf(info),
      providerTemplateId: info.id,
    });
  }
  for (const template of stored) {
    if (matched.has(template.id) || template.providerTemplateId === null) continue;
    if (template.status === DELETED_STATUS || template.status === DRAFT_STATUS) continue;
    plan.updates.push({ id: template.id, patch: { status: DELETED_STATUS, statusReason: GONE_REASON } });
  }
  return plan;
}
