/**
 * Writes every successful change made through the API to the audit log: who (user, API token or the admin
 * token), what (`PATCH /api/v1/stores/:id`), on which id, from which address. Routes marked
 * `audit: false` (messages an agent sends, sign-in and sign-out, which log themselves) are left out.
 */
import type { FastifyInstance } from "fastify";
import type { AuditLogRepository } from "../features/people/audit-log.repository.js";

const CHANGES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function installAuditHook(app: FastifyInstance, audit: AuditLogRepository): void {
  // onSend, not onResponse: the entry is written before the answer leaves, so whoever reads the log next sees it.
  app.addHook("onSend", async (request, reply, payload) => {
    const actor = request.actor;
    if (actor === null || !CHANGES.has(request.method) || reply.statusCode >= 400) return payload;
    if (request.routeOptions.config.audit === false || request.routeOptions.url === undefined) return payload;
    const params = request.params;
    const target =
      typeof params === "object" && params !== null && "id" in params && typeof params.id === "string"
        ? params.id
        : null;
    try {
      await audit.record({
        actorKind: actor.kind,
        actorUserId: actor.userId,
        actorLabel: actor.label,
        action: `${request.method} ${request.routeOptions.url}`,
        target,
        detail: { status: reply.statusCode },
        ip: request.ip,
      });
    } catch (error) {
      request.log.error({ err: error }, "audit log write failed");
    }
    return payload;
  });
}
