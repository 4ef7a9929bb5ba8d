/** Bearer-token check for the API: compares the token's hash in constant time. */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance } from "fastify";

declare module "fastify" {
  interface FastifyContextConfig {
    public?: boolean;
  }
}

export function installBearerAuth(app: FastifyInstance, adminToken: string): void {
  const expected = digest(adminToken);
  app.addHook("onRequest", async (request, reply) => {
    if (!request.url.startsWith("/api/") || request.routeOptions.config.public === true) return;
    const header = request.headers.authorization ?? "";
    const token = header.startsWith("Bearer ") ? header.slice(7) : "";
    if (token === "" || !timingSafeEqual(digest(token), expected)) {
      return reply.code(401).send({
        error: { code: "unauthorized", message: "Authorization: a valid Bearer token is required" },
      });
    }
  });
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
