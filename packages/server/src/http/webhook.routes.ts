/**
 * /webhooks/:channel — the platforms' door. GET answers the subscription handshake; POST keeps the raw
 * bytes for the signature check, stores each event once and answers 200 at once. Processing is the worker's.
 */
import type { FastifyInstance } from "fastify";
import type { ChannelDriver } from "../features/channels/channel-driver.js";
import type { WebhookIntakeService } from "../features/inbound/webhook-intake.service.js";

export async function registerWebhookRoutes(
  app: FastifyInstance,
  drivers: ReadonlyMap<string, ChannelDriver>,
  intake: WebhookIntakeService,
): Promise<void> {
  await app.register(async (scope) => {
    // Raw bytes: a signature only matches the body exactly as sent.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      "*",
      { parseAs: "buffer", bodyLimit: 4 * 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );

    scope.get<{ Params: { channel: string } }>("/webhooks/:channel", async (request, reply) => {
      const driver = drivers.get(request.params.channel);
      if (driver === undefined)
        return reply.code(404).send({
          error: { code: "not_found", message: `channel: ${request.params.channel} is not supported` },
        });
      const query = new URLSearchParams(request.url.slice(request.url.indexOf("?") + 1));
      const answer = await intake.handshake(driver, query);
      if (answer === undefined)
        return reply.code(403).send({
          error: {
            code: "bad_verify_token",
            message: "hub.verify_token: does not match any account's verify token",
          },
        });
      return reply.type("text/plain").send(answer);
    });

    scope.post<{ Params: { channel: string } }>("/webhooks/:channel", async (request, reply) => {
      const driver = drivers.get(request.params.channel);
      if (driver === undefined)
        return reply.code(404).send({
          error: { code: "not_found", message: `channel: ${request.params.channel} is not supported` },
        });
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const result = await intake.accept(driver, body, request.headers);
      return reply.send({ ok: true, ...result });
    });
  });
}
