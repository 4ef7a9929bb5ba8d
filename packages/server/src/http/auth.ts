/**
 * Bearer-token check for the API: compares the token's hash in constant time. Routes marked `queryToken`
 * also take it as `?token=`.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";

declare module "fastify" {
  interface FastifyContextConfig {
    public?: boolean;
    /** Also accept the token as `?token=` (images an <img> loads, which cannot send a header). */
    queryToken?: boolean;
  }
}

export function installBearerAuth(app: FastifyInstance, adminToken: string): void {
  const expected = digest(adminToken);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/") || request.routeOptions.config.public === true) return;
    const header = request.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7) : queryTokenOf(request);
    if (token === "" || !timingSafeEqual(digest(token), expected)) {
      return reply.code(401).send({
        error: { code: "unauthorized", message: "Authorization: a valid Bearer token is required" },
      });
    }
  });
}

function queryTokenOf(request: FastifyRequest): string {
  if (request.routeOptions.config.queryToken !== true) return "";
  const query = request.query;
  if (typeof query !== "object" || query === null || !("token" in query)) return "";
  return typeof query.token === "string" ? query.token : "";
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
