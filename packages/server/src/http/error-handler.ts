/** Turns every error into `{ error: { code, message, … } }` with the right status; never leaks internals. */
import type { FastifyError, FastifyInstance } from "fastify";
import { AppError } from "@switchboard/core";
import { RequestValidationError } from "./route-registry.js";

export function installErrorHandler(app: FastifyInstance, options: { consolePages: boolean }): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    if (error instanceof RequestValidationError) {
      return reply
        .code(400)
        .send({ error: { code: "invalid_request", message: error.message, issues: error.issues } });
    }
    if (error instanceof AppError) {
      const details = typeof error.details === "object" && error.details !== null ? error.details : {};
      if ("retryAfterSeconds" in details && typeof details.retryAfterSeconds === "number") {
        void reply.header("retry-after", String(details.retryAfterSeconds));
      }
      return reply.code(error.status).send({
        error: {
          code: error.code,
          message: error.message,
          ...(error.path === undefined ? {} : { path: error.path }),
          ...details,
        },
      });
    }
    if ("statusCode" in error && typeof error.statusCode === "number" && error.statusCode < 500) {
      return reply
        .code(error.statusCode)
        .send({ error: { code: error.code ?? "bad_request", message: error.message } });
    }
    request.log.error({ err: error }, "request failed");
    return reply
      .code(500)
      .send({ error: { code: "internal", message: "Something went wrong on the server; it was logged." } });
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    // The console's own routes (e.g. /conversations/123) are pages of the single-page app.
    const isConsolePage =
      request.method === "GET" &&
      !path.startsWith("/api/") &&
      !path.startsWith("/webhooks/") &&
      !/\.\w+$/.test(path);
    if (options.consolePages && isConsolePage) return reply.sendFile("index.html");
    return reply
      .code(404)
      .send({ error: { code: "not_found", message: `${request.method} ${path}: no such route` } });
  });
}
