/**
 * The LINE Messaging API look-alike (PLATFORMS.md D1, D4), mounted at `/line` (the `api.line.me` base):
 * reply (single-use token, about a minute), push (with `X-Line-Retry-Key`), validate, loading animation,
 * bot info and user profiles.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { SimulatorRuntime } from "../runtime.js";
import { acceptLineMessages } from "./accept-line-messages.js";
import { authorizeChannel } from "./line-auth.js";
import type { LineChannel } from "./line-channels.js";
import { LineError } from "./line-error.js";
import { newRequestId } from "./line-ids.js";
import { lineIssuesError } from "./line-issues.js";
import { lineMessagesSchema } from "./line-message-schemas.js";
import { sized, upTo } from "./line-field-rules.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const replyBody = z.looseObject({
  replyToken: z.string().min(1),
  messages: lineMessagesSchema,
  notificationDisabled: z.boolean().optional(),
});

const pushBody = z.looseObject({
  to: z.string().min(1),
  messages: lineMessagesSchema,
  notificationDisabled: z.boolean().optional(),
  customAggregationUnits: sized(upTo(30), 1, 1).optional(),
});

const validateBody = z.looseObject({ messages: lineMessagesSchema });

const loadingBody = z.looseObject({
  chatId: z.string().min(1),
  loadingSeconds: z.number().int().min(5).max(60).multipleOf(5).optional(),
});

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw lineIssuesError(parsed.error.issues, body);
  return parsed.data;
}

function invalidTo(): LineError {
  return new LineError(400, "The property, 'to', in the request body is invalid (line: -, column: -)");
}

export function registerLineApiRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  const { line } = runtime;
  const userOf = (channel: LineChannel, userId: string) => line.channels.user(channel.channelId, userId);

  app.post("/v2/bot/message/reply", async (request) => {
    const channel = authorizeChannel(request, line);
    if (request.headers["x-line-retry-key"] !== undefined) {
      throw new LineError(400, "The X-Line-Retry-Key header cannot be used with the reply API");
    }
    const body = parse(replyBody, request.body);
    const token = line.replyToken(body.replyToken);
    const now = runtime.now();
    const expired = token !== undefined && now - token.issuedAt > runtime.settings.lineReplyTokenTtlMs;
    const user = token === undefined ? undefined : userOf(channel, token.userId);
    if (
      token === undefined ||
      token.channelId !== channel.channelId ||
      token.used ||
      expired ||
      user === undefined
    ) {
      throw new LineError(400, "Invalid reply token");
    }
    token.used = true;
    return { sentMessages: acceptLineMessages(runtime, channel, user, body.messages) };
  });

  app.post("/v2/bot/message/push", async (request) => {
    const channel = authorizeChannel(request, line);
    const retryKey = readRetryKey(request);
    const now = runtime.now();
    if (retryKey !== undefined) {
      const accepted = line.acceptedRetry(channel.channelId, retryKey, now);
      if (accepted !== undefined) {
        throw new LineError(
          409,
          "The retry key is already accepted",
          [],
          { sentMessages: accepted.sentMessages },
          { "x-line-accepted-request-id": accepted.requestId },
        );
      }
    }
    const body = parse(pushBody, request.body);
    const user = userOf(channel, body.to);
    if (user === undefined) throw invalidTo();
    const sentMessages = acceptLineMessages(runtime, channel, user, body.messages);
    if (retryKey !== undefined) {
      line.acceptRetry(channel.channelId, retryKey, {
        requestId: requestIdOf(request),
        sentMessages,
        at: now,
      });
    }
    return { sentMessages };
  });

  app.post("/v2/bot/message/validate/:kind", async (request) => {
    authorizeChannel(request, line);
    const { kind } = z.object({ kind: z.string() }).parse(request.params);
    if (!["reply", "push", "multicast", "narrowcast", "broadcast"].includes(kind)) {
      throw new LineError(404, "Not found");
    }
    parse(validateBody, request.body);
    return {};
  });

  app.post("/v2/bot/chat/loading/start", async (request, reply) => {
    const channel = authorizeChannel(request, line);
    const body = parse(loadingBody, request.body);
    if (userOf(channel, body.chatId) === undefined)
      throw new LineError(400, "The property, 'chatId', in the request body is invalid (line: -, column: -)");
    runtime.events.emit({
      type: "channel.typing",
      channel: "line",
      accountId: channel.channelId,
      userId: body.chatId,
    });
    return reply.code(202).send({});
  });

  app.get("/v2/bot/info", async (request) => {
    const channel = authorizeChannel(request, line);
    return {
      userId: channel.botUserId,
      basicId: channel.basicId,
      displayName: channel.name,
      chatMode: "bot",
      markAsReadMode: "auto",
    };
  });

  app.get("/v2/bot/profile/:userId", async (request) => {
    const channel = authorizeChannel(request, line);
    const { userId } = z.object({ userId: z.string() }).parse(request.params);
    const user = userOf(channel, userId);
    // LINE answers 404 for users who are not friends (never added the account, or blocked it).
    if (user === undefined || user.friendship !== "friend") throw new LineError(404, "Not found");
    return { displayName: user.displayName, userId: user.userId, language: user.language };
  });
}

/** The retry key, or LINE's 400 when it is not a UUID. */
function readRetryKey(request: FastifyRequest): string | undefined {
  const key = request.headers["x-line-retry-key"];
  if (key === undefined) return undefined;
  if (typeof key !== "string" || !UUID.test(key)) {
    throw new LineError(400, "The value of the X-Line-Retry-Key header must be a UUID");
  }
  return key;
}

/** The id this request answers with in `x-line-request-id` (set once per request). */
export function requestIdOf(request: FastifyRequest): string {
  const known = requestIds.get(request);
  if (known !== undefined) return known;
  const id = newRequestId();
  requestIds.set(request, id);
  return id;
}

const requestIds = new WeakMap<FastifyRequest, string>();
