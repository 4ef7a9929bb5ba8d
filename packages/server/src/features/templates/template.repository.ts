/** Stores the WhatsApp templates of each channel account (`whatsapp_templates`); one per name and language. */
import type { Kysely, Selectable } from "kysely";
import { z } from "zod";
import { TemplateDefinitionSchema } from "@switchboard/channels";
import type { TemplateDefinition } from "@switchboard/channels";
import { readJsonColumn } from "../../db/json-column.js";
import type { Database, WhatsAppTemplatesTable } from "../../db/schema.js";
import { newId } from "../../ids.js";
import type { Template, TemplateProviderCategory } from "./template.js";

const CategorySchema = z.enum(["MARKETING", "UTILITY", "AUTHENTICATION"]);

export interface NewTemplate {
  channelAccountId: string;
  definition: TemplateDefinition;
  category: TemplateProviderCategory;
  status: string;
  statusReason: string | null;
  providerTemplateId: string | null;
}

/** What Meta says of a stored template; only the fields given change. */
export interface TemplateProviderPatch {
  status?: string;
  statusReason?: string | null;
  providerTemplateId?: string;
  category?: TemplateProviderCategory;
}

export class TemplateRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(input: NewTemplate): Promise<Template> {
    const now = Date.now();
    const row: Selectable<WhatsAppTemplatesTable> = {
      id: newId(),
      channel_account_id: input.channelAccountId,
      name: input.definition.name,
      language: input.definition.language,
      category: input.category,
      definition: JSON.stringify(input.definition),
      status: input.status,
      provider_template_id: input.providerTemplateId,
      status_reason: input.statusReason,
      created_at: now,
      updated_at: now,
    };
    await this.db.insertInto("whatsapp_templates").values(row).execute();
    return fromRow(row);
  }

  /** The account's templates by name, then language. */
  async listForAccount(channelAccountId: string): Promise<Template[]> {
    const rows = await this.db
      .selectFrom("whatsapp_templates")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .orderBy("name")
      .orderBy("language")
      .execute();
    return rows.map(fromRow);
  }

  async get(id: string): Promise<Template | undefined> {
    const row = await this.db
      .selectFrom("whatsapp_templates")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  async findByName(channelAccountId: string, name: string, language: string): Promise<Template | undefined> {
    const row = await this.db
      .selectFrom("whatsapp_templates")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .where("name", "=", name)
      .where("language", "=", language)
      .executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  async findByProviderId(
    channelAccountId: string,
    providerTemplateId: string,
  ): Promise<Template | undefined> {
    const row = await this.db
      .selectFrom("whatsapp_templates")
      .selectAll()
      .where("channel_account_id", "=", channelAccountId)
      .where("provider_template_id", "=", providerTemplateId)
      .executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  async updateFromProvider(id: string, patch: TemplateProviderPatch): Promise<void> {
    await this.db
      .updateTable("whatsapp_templates")
      .set({
        ...(patch.status === undefined ? {} : { status: patch.status }),
        ...(patch.statusReason === undefined ? {} : { status_reason: patch.statusReason }),
        ...(patch.providerTemplateId === undefined ? {} : { provider_template_id: patch.providerTemplateId }),
        ...(patch.category === undefined ? {} : { category: patch.category }),
        updated_at: Date.now(),
      })
      .where("id", "=", id)
      .execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom("whatsapp_templates").where("id", "=", id).execute();
  }
}

/** Meta's category word, when it is one the table holds. */
export function providerCategoryOf(category: string): TemplateProviderCategory | undefined {
  return CategorySchema.safeParse(category.toUpperCase()).data;
}

function fromRow(row: Selectable<WhatsAppTemplatesTable>): Template {
  return {
    id: row.id,
    channelAccountId: row.channel_account_id,
    name: row.name,
    language: row.language,
    category: CategorySchema.parse(row.category),
    definition: readJsonColumn(TemplateDefinitionSchema, row.definition, "whatsapp_templates.definition"),
    status: row.status,
    statusReason: row.status_reason,
    providerTemplateId: row.provider_template_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
