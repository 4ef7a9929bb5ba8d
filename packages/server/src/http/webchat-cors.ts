/**
 * CORS for the widget's endpoints: a browser page may call them only from an origin the web chat account
 * allows (or the server's own, where its demo page lives). Others get 403 naming the origin; preflights
 * are answered here.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import { isAllowedOrigin } from "../features/webchat/allowed-origin.js";

const KeyParams = z.object({ key: z.string() });

function ownOrigins(request: FastifyRequest, publicBaseUrl: string): string[] {
  const own = [new URL(publicBaseUrl).origin];
  const host = request.headers.host;
  if (host !== undefined) own.push(`${request.protocol}://${host}`);
  return own;
}

export function installWebchatCors(
  scope: FastifyInstance,
  accounts: Pick<ChannelAccountRepository, "findByExternalId">,
  publicBaseUrl: string,
): void {
  scope.addHook("onRequest", async (request, reply) => {
    const params = KeyParams.safeParse(request.params);
    const origin = request.headers.origin;
    if (!params.success) return;
    const account = await accounts.findByExternalId("webchat", params.data.key);
    // An unknown key is the route's to answer (404 naming the key).
    if (account === undefined) return;
    const allowed = account.settings.allowedOrigins ?? [];
    if (!isAllowedOrigin(origin, allowed, ownOrigins(request, publicBaseUrl))) {
      return reply.code(403).send({
        error: {
          code: "origin_not_allowed",
          message: `Origin: ${origin ?? ""} is not one of the web chat's allowedOrigins`,
          path: "Origin",
        },
      });
    }
    if (origin === undefined) return;
    void reply.header("access-control-allow-origin", origin);
    void reply.header("vary", "Origin");
  });

  scope.options("/webchat/:key/*", async (_request, reply) =>
    reply
      .code(204)
      .header("access-control-allow-methods", "GET, POST")
      .header("access-control-allow-headers", "content-type, x-webchat-visitor")
      .header("access-control-max-age", "600")
      .send(),
  );
}
