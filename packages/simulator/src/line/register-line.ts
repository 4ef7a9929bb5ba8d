/**
 * Mounts the LINE look-alike: the Messaging API at `/line` and the data host at `/line-data`, each with
 * LINE's error JSON, its 404 and an `x-line-request-id` on every answer.
 */
import type { FastifyError, FastifyInstance } from "fastify";
import type { SimulatorRuntime } from "../runtime.js";
import { registerLineApiRoutes, requestIdOf } from "./line-api.routes.js";
import { registerLineContentRoutes } from "./line-content.routes.js";
import { LineError } from "./line-error.js";

/** Where the server points its LINE API base (`https://api.line.me`) and data base (`https://api-data.line.me`). */
export const LINE_API_PREFIX = "/line";
export const LINE_DATA_PREFIX = "/line-data";

export async function registerLine(app: FastifyInstance, runtime: SimulatorRuntime): Promise<void> {
  const scope =
    (routes: (scope: FastifyInstance, runtime: SimulatorRuntime) => void) =>
    async (line: FastifyInstance) => {
      line.addHook("onSend", async (request, reply, payload) => {
        reply.header("x-line-request-id", requestIdOf(request));
        return payload;
      });
      line.setErrorHandler((error: FastifyError, _request, reply) => {
        const answer = error instanceof LineError ? error : toLineError(error);
        return reply.code(answer.status).headers(answer.headers).send(answer.toJSON());
      });
      line.setNotFoundHandler((_request, reply) => reply.code(404).send({ message: "Not found" }));
      routes(line, runtime);
    };
  await app.register(scope(registerLineApiRoutes), { prefix: LINE_API_PREFIX });
  await app.register(scope(registerLineContentRoutes), { prefix: LINE_DATA_PREFIX });
}

function toLineError(error: FastifyError): LineError {
  const status = error.statusCode ?? 500;
  if (status >= 500) return new LineError(500, "Internal server error");
  return new LineError(
    status,
    status === 400 ? `The request body is invalid: ${error.message}` : error.message,
  );
}
