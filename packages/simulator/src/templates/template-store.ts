/** Message templates per WhatsApp Business Account, with their review status (PLATFORMS.md A5.3). */
import type { TemplateComponentDef } from "./template-schemas.js";

export type TemplateStatus = "PENDING" | "APPROVED" | "REJECTED" | "PAUSED" | "DISABLED";

export interface StoredTemplate {
  id: string;
  wabaId: string;
  name: string;
  language: string;
  category: "MARKETING" | "UTILITY" | "AUTHENTICATION";
  parameterFormat: "positional" | "named";
  components: TemplateComponentDef[];
  status: TemplateStatus;
  /** Rejection reason (`INVALID_FORMAT`, …) or "NONE". */
  reason: string;
  createdAt: number;
}

/** Template count per WABA for an unverified business portfolio (PLATFORMS.md A5.1). */
export const TEMPLATE_LIMIT_PER_WABA = 250;

export class TemplateStore {
  private readonly byId = new Map<string, StoredTemplate>();

  add(template: StoredTemplate): void {
    this.byId.set(template.id, template);
  }

  get(id: string): StoredTemplate | undefined {
    return this.byId.get(id);
  }

  find(wabaId: string, name: string, language: string): StoredTemplate | undefined {
    for (const template of this.byId.values()) {
      if (template.wabaId === wabaId && template.name === name && template.language === language)
        return template;
    }
    return undefined;
  }

  list(wabaId: string): StoredTemplate[] {
    return [...this.byId.values()].filter((template) => template.wabaId === wabaId);
  }

  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}

/** A template as `GET /{waba-id}/message_templates` lists it. */
export function templateJson(template: StoredTemplate): Record<string, unknown> {
  return {
    name: template.name,
    parameter_format: template.parameterFormat.toUpperCase(),
    components: template.components,
    language: template.language,
    status: template.status,
    category: template.category,
    id: template.id,
  };
}
