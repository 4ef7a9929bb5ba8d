/** `GET|POST|DELETE /{version}/{waba-id}/message_templates`: list, create (then review) and delete templates (PLATFORMS.md A5). */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { authorize, checkVersion } from "../graph/authorize.js";
import { GraphError } from "../graph/graph-error.js";
import { newNumericId } from "../graph/ids.js";
import { issuesToGraphError } from "../messages/issues-to-graph-error.js";
import type { SimulatorRuntime } from "../runtime.js";
import { checkTemplateDefinition } from "./check-template-definition.js";
import { templateCreateSchema } from "./template-schemas.js";
import { type StoredTemplate, TEMPLATE_LIMIT_PER_WABA, templateJson } from "./template-store.js";

const paramsSchema = z.object({ version: z.string(), wabaId: z.string() });
const listQuery = z.object({
  name: z.string().optional(),
  status: z.string().optional(),
  language: z.string().optional(),
  category: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(25),
  after: z.string().optional(),
});
const deleteQuery = z.object({ name: z.string().min(1), hsm_id: z.string().optional() });

export function registerTemplateRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  const wabaOf = (request: FastifyRequest, method: "get" | "post" | "delete"): string => {
    const { version, wabaId } = paramsSchema.parse(request.params);
    checkVersion(version, request.url);
    authorize(request, runtime.businesses.inWaba(wabaId), runtime.businesses, wabaId, method);
    return wabaId;
  };

  app.get("/:version/:wabaId/message_templates", async (request) => {
    const wabaId = wabaOf(request, "get");
    const query = listQuery.safeParse(request.query);
    if (!query.success) throw issuesToGraphError(query.error.issues, request.query);
    const { name, status, language, category, limit, after } = query.data;
    const all = runtime.templates
      .list(wabaId)
      .filter((t) => name === undefined || t.name.includes(name))
      .filter((t) => status === undefined || status.toUpperCase().split(",").includes(t.status))
      .filter((t) => language === undefined || t.language === language)
      .filter((t) => category === undefined || t.category === category.toUpperCase());
    const start = after === undefined ? 0 : Number(Buffer.from(after, "base64url").toString("utf8")) || 0;
    const page = all.slice(start, start + limit);
    const cursor = (index: number) => Buffer.from(String(index)).toString("base64url");
    return {
      data: page.map(templateJson),
      paging: { cursors: { before: cursor(start), after: cursor(start + page.length) } },
    };
  });

  app.post("/:version/:wabaId/message_templates", async (request, reply) => {
    const wabaId = wabaOf(request, "post");
    const parsed = templateCreateSchema.safeParse(request.body);
    if (!parsed.success) throw issuesToGraphError(parsed.error.issues, request.body);
    const input = parsed.data;
    checkTemplateDefinition(input);
    if (runtime.templates.find(wabaId, input.name, input.language) !== undefined) {
      throw new GraphError(
        100,
        `There is already ${input.language} content for this template (${input.name}).`,
        {
          message: "Invalid parameter",
          subcode: 2388024,
          userTitle: "Message template already exists",
        },
      );
    }
    if (runtime.templates.list(wabaId).length >= TEMPLATE_LIMIT_PER_WABA) {
      throw new GraphError(
        100,
        `This WhatsApp Business Account already has ${TEMPLATE_LIMIT_PER_WABA} templates.`,
        {
          message: "Invalid parameter",
          subcode: 2388019,
          userTitle: "Message template limit exceeded",
        },
      );
    }
    const template: StoredTemplate = {
      id: newNumericId(),
      wabaId,
      name: input.name,
      language: input.language,
      category: input.category,
      parameterFormat: input.parameter_format,
      components: input.components,
      status: "PENDING",
      reason: "NONE",
      createdAt: runtime.now(),
    };
    runtime.templates.add(template);
    runtime.review.start(template, runtime.settings.templateReviewDelayMs);
    return reply.code(200).send({ id: template.id, status: template.status, category: template.category });
  });

  app.delete("/:version/:wabaId/message_templates", async (request) => {
    const wabaId = wabaOf(request, "delete");
    const query = deleteQuery.safeParse(request.query);
    if (!query.success) throw issuesToGraphError(query.error.issues, request.query);
    const doomed = runtime.templates
      .list(wabaId)
      .filter(
        (t) => t.name === query.data.name && (query.data.hsm_id === undefined || t.id === query.data.hsm_id),
      );
    if (doomed.length === 0) throw new GraphError(100, `name: no template called ${query.data.name}`);
    for (const template of doomed) runtime.templates.remove(template.id);
    return { success: true };
  });
}
