/** The OpenAPI 3.1 document, generated from the routes' own zod schemas. */
import { z } from "zod";
import type { RegisteredRoute } from "./route-registry.js";

export function buildOpenApiDocument(routes: RegisteredRoute[], serverUrl: string): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = route.url.replace(/:(\w+)/g, "{$1}");
    const operation: Record<string, unknown> = {
      summary: route.summary,
      tags: [route.tag],
      parameters: [...parameters(route.params, "path"), ...parameters(route.query, "query")],
      responses: {
        [String(route.status)]: {
          description: "Success",
          content: { "application/json": { schema: toSchema(route.response, "output") } },
        },
        default: {
          description: "Error",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
      ...(route.public ? { security: [] } : { "x-roles": route.allow }),
    };
    if (route.body !== undefined) {
      operation["requestBody"] = {
        required: true,
        content: { "application/json": { schema: toSchema(route.body, "input") } },
      };
    }
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Switchboard API",
      version: "1",
      description: "Channel accounts, contacts, conversations and messages.",
    },
    servers: [{ url: serverUrl }],
    security: [{ bearer: [] }, { session: [] }],
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        session: { type: "apiKey", in: "cookie", name: "switchboard_session" },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                path: { type: "string" },
                issues: { type: "array", items: { type: "object" } },
                violations: { type: "array", items: { type: "object" } },
              },
            },
          },
        },
      },
    },
    paths,
  };
}

function toSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" });
  return rest;
}

function parameters(schema: z.ZodType | undefined, where: "path" | "query"): Record<string, unknown>[] {
  if (schema === undefined) return [];
  const json = toSchema(schema, "input");
  const properties = json["properties"];
  if (typeof properties !== "object" || properties === null) return [];
  const required = Array.isArray(json["required"]) ? json["required"] : [];
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: where,
    required: where === "path" || required.includes(name),
    schema: property,
  }));
}
