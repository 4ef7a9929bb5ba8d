/**
 * /webchat/:key/… — the widget's public endpoints (no admin token; the key is the web chat account's
 * public widget key, the visitor proves itself with its opaque token in `X-Webchat-Visitor`): start a
 * session, send, report what was seen, read the history, get a "continue on" link. Live messages: see
 * webchat-events.route.ts.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { WebchatVisitorMessageSchema } from "@switchboard/channels";
import type { WebchatEntry } from "@switchboard/channels";
import { AppError } from "@switchboard/core";
import type { ContinueLinks } from "../features/webchat/continue-links.js";
import type { SendRate } from "../features/webchat/send-rate.js";
import type { WebchatIntake } from "../features/webchat/webchat-intake.js";
import type { WebchatSessions } from "../features/webchat/webchat-sessions.js";
import type { WebchatThreadRepository } from "../features/webchat/webchat-thread.repository.js";
import { none, RouteRegistry } from "./route-registry.js";

export interface WebchatRouteDeps {
  sessions: WebchatSessions;
  thread: WebchatThreadRepository;
  intake: WebchatIntake;
  links: ContinueLinks;
  sendRate: SendRate;
}

const KeyParams = z.object({ key: z.string().min(1).max(100) });
const Token = z.string().min(1).max(100);
const SessionBody = z
  .object({
    visitorToken: Token.optional(),
    /** The website's signed-in user id, with `userSignature`: hex HMAC-SHA256 of it with the identity secret. */
    userId: z.string().min(1).max(200).optional(),
    userSignature: z.string().min(1).max(200).optional(),
  })
  .strict()
  .refine((body) => (body.userId === undefined) === (body.userSignature === undefined), {
    path: ["userSignature"],
    message: "userId and userSignature come together",
  });
const MessageBody = z
  .object({
    /** Made by the widget, unique per message: a resend is stored once. */
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1 to 64 letters, digits, _ or -"),
    message: WebchatVisitorMessageSchema,
  })
  .strict();
const SeenBody = z
  .object({
    status: z.enum(["delivered", "read"]),
    messageIds: z.array(z.string().min(1).max(200)).min(1).max(50),
  })
  .strict();
const ContinueBody = z
  .object({ accountId: z.string().min(1).max(64), language: z.enum(["en", "zh-TW"]).default("en") })
  .strict();
const HistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) });
const WidgetItemView = z.object({
  id: z.string(),
  direction: z.enum(["in", "out"]),
  providerId: z.string().nullable(),
  status: z.string(),
  at: z.number(),
  message: z.looseObject({ type: z.string() }).describe("The widget's JSON of the message"),
});
const Accepted = z.object({ ok: z.literal(true), stored: z.number() });

function visitorToken(request: FastifyRequest): string | undefined {
  const header = request.headers["x-webchat-visitor"];
  const parsed = Token.safeParse(header);
  return parsed.success ? parsed.data : undefined;
}

export function registerWebchatRoutes(scope: FastifyInstance, deps: WebchatRouteDeps): void {
  const routes = new RouteRegistry(scope);
  const common = { public: true, tag: "Web chat", params: KeyParams } as const;

  routes.add({
    ...common,
    method: "POST",
    url: "/webchat/:key/session",
    summary: "Start or resume a visitor's session",
    query: none,
    body: SessionBody,
    response: z.looseObject({ visitorToken: z.string() }),
    handler: async ({ params, body }) => {
      const account = await deps.sessions.account(params.key);
      const session = await deps.sessions.start(account, body);
      return {
        visitorToken: session.visitorToken,
        visitorId: session.visitor.externalId,
        userId: session.visitor.userId,
        name: account.name,
        continueOn: await deps.links.targets(account),
      };
    },
  });

  routes.add({
    ...common,
    method: "POST",
    url: "/webchat/:key/messages",
    summary: "The visitor sends a message or taps an option",
    status: 202,
    query: none,
    body: MessageBody,
    response: Accepted,
    handler: async ({ params, body, request }) => {
      const account = await deps.sessions.account(params.key);
      const visitor = await deps.sessions.visitor(account, visitorToken(request));
      const waitMs = deps.sendRate.take(visitor.id);
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        throw new AppError("rate_limited", 429, `message: too many messages, send again in ${seconds} s`, {
          path: "message",
          details: { retryAfterSeconds: seconds },
        });
      }
      const entry: WebchatEntry = {
        type: "message",
        widgetKey: account.externalId,
        visitorId: visitor.externalId,
        timestamp: Date.now(),
        id: body.id,
        message: body.message,
      };
      const result = await deps.intake.post(account, [entry]);
      return { ok: true as const, stored: result.stored };
    },
  });

  routes.add({
    ...common,
    method: "POST",
    url: "/webchat/:key/seen",
    summary: "The widget showed the business's messages (delivered) or the visitor saw them (read)",
    status: 202,
    query: none,
    body: SeenBody,
    response: Accepted,
    handler: async ({ params, body, request }) => {
      const account = await deps.sessions.account(params.key);
      const visitor = await deps.sessions.visitor(account, visitorToken(request));
      const timestamp = Date.now();
      const entries = body.messageIds.map((messageId): WebchatEntry => ({
        type: "status",
        widgetKey: account.externalId,
        visitorId: visitor.externalId,
        timestamp,
        messageId,
        status: body.status,
      }));
      const result = await deps.intake.post(account, entries);
      return { ok: true as const, stored: result.stored };
    },
  });

  routes.add({
    ...common,
    method: "GET",
    url: "/webchat/:key/history",
    summary: "The visitor's latest messages, oldest first",
    query: HistoryQuery,
    body: none,
    response: z.object({ items: z.array(WidgetItemView) }),
    handler: async ({ params, query, request }) => {
      const account = await deps.sessions.account(params.key);
      const visitor = await deps.sessions.visitor(account, visitorToken(request));
      const contactIds = await deps.thread.threadContactIds(account.id, visitor.externalId);
      return { items: await deps.thread.latest(contactIds, query.limit) };
    },
  });

  routes.add({
    ...common,
    method: "POST",
    url: "/webchat/:key/continue",
    summary: "A one-time link that continues this chat on another channel as the same person",
    query: none,
    body: ContinueBody,
    response: z.object({ url: z.string(), code: z.string() }),
    handler: async ({ params, body, request }) => {
      const account = await deps.sessions.account(params.key);
      const visitor = await deps.sessions.visitor(account, visitorToken(request));
      return deps.links.create(account, visitor.externalId, body.accountId, body.language);
    },
  });
}
