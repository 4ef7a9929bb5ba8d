/**
 * The WhatsApp Business Account's template endpoints (`/{waba-id}/message_templates`, PLATFORMS.md A5):
 * create, list every page, delete. Bound to the Graph API base URL, version and fetch like the driver.
 */
import { z } from "zod";
import { fetchGraphJson, graphEndpoint, WhatsAppTemplateInfoSchema } from "@switchboard/channels";
import type {
  WhatsAppGraphDeps,
  WhatsAppTemplateCreateRequest,
  WhatsAppTemplateInfo,
} from "@switchboard/channels";

/** The business account templates live in, with the token that may manage them. */
export interface WhatsAppTemplateOwner {
  wabaId: string;
  accessToken: string;
}

export interface WhatsAppTemplatesClient {
  /** Submits a template for review; Meta answers its id, first status (PENDING) and category. */
  create(
    owner: WhatsAppTemplateOwner,
    request: WhatsAppTemplateCreateRequest,
  ): Promise<{ id: string; status: string; category: string }>;
  /** Every template of the account, all pages. */
  list(owner: WhatsAppTemplateOwner): Promise<WhatsAppTemplateInfo[]>;
  /** Deletes one language of a template (`hsm_id`), or every language of `name` without it. */
  delete(owner: WhatsAppTemplateOwner, name: string, providerTemplateId: string | undefined): Promise<void>;
}

const CreateAnswer = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  status: z.string().default("PENDING"),
  category: z.string().optional(),
});
const ListAnswer = z.object({
  data: z.array(WhatsAppTemplateInfoSchema),
  paging: z
    .object({ cursors: z.object({ after: z.string().optional() }).optional(), next: z.string().optional() })
    .optional(),
});
const DeleteAnswer = z.object({ success: z.boolean() });

const PAGE_SIZE = 100;
/** 250 templates per unverified account, 6,000 per verified one (A5.1): 60 pages is every one. */
const MAX_PAGES = 60;
const FIELDS = "id,name,language,status,category,parameter_format,components,rejected_reason";

export function createWhatsAppTemplatesClient(deps: WhatsAppGraphDeps): WhatsAppTemplatesClient {
  const graph: WhatsAppGraphDeps = { ...deps, graphUrl: deps.graphUrl.replace(/\/$/, "") };
  return {
    async create(owner, request) {
      const url = graphEndpoint(graph, [owner.wabaId, "message_templates"]);
      const answer = await fetchGraphJson(
        graph,
        owner.accessToken,
        url,
        { method: "POST", json: request },
        CreateAnswer,
      );
      return { id: answer.id, status: answer.status, category: answer.category ?? request.category };
    },

    async list(owner) {
      const templates: WhatsAppTemplateInfo[] = [];
      let after: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const query = {
          fields: FIELDS,
          limit: String(PAGE_SIZE),
          ...(after === undefined ? {} : { after }),
        };
        const url = graphEndpoint(graph, [owner.wabaId, "message_templates"], query);
        const answer = await fetchGraphJson(graph, owner.accessToken, url, { method: "GET" }, ListAnswer);
        templates.push(...answer.data);
        after = answer.paging?.cursors?.after;
        // Meta gives `next` only when another page follows; a short page is the last one either way.
        const more = answer.paging?.next !== undefined || answer.data.length === PAGE_SIZE;
        if (!more || after === undefined) break;
      }
      return templates;
    },

    async delete(owner, name, providerTemplateId) {
      const query: Record<string, string> =
        providerTemplateId === undefined ? { name } : { name, hsm_id: providerTemplateId };
      const url = graphEndpoint(graph, [owner.wabaId, "message_templates"], query);
      await fetchGraphJson(graph, owner.accessToken, url, { method: "DELETE" }, DeleteAnswer);
    },
  };
}
