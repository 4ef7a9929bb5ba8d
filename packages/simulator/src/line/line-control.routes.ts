/**
 * Control API for LINE (docs/simulator.md): register channels (LINE's webhook check: an empty `events`
 * list), add users, act as them (text, sticker, location, media, postback, follow, unfollow), read chats.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { ControlError, parseInput } from "../control/control-error.js";
import type { SimulatorRuntime } from "../runtime.js";
import { channelChatItem } from "../state/channel-chat-item.js";
import type { AttemptResult } from "../webhooks/webhook-sender.js";
import { buildLineEvent, lineCustomerActionSchema } from "./build-line-event.js";
import {
  type LineChannel,
  lineChannelInputSchema,
  lineUserInputSchema,
  publicLineChannel,
} from "./line-channels.js";
import { deliverLineEvents } from "./line-webhook.js";

const channelParams = z.object({ channelId: z.string().min(1) });
const userParams = z.object({ channelId: z.string().min(1), userId: z.string().min(1) });
const chatQuery = z.object({ after: z.coerce.number().int().min(0).default(0) });

function webhookAnswer(first: AttemptResult) {
  return {
    status: first.status ?? `failed: ${first.error ?? "no answer"}`,
    ok: first.ok,
    ...(first.error === undefined ? {} : { error: first.error }),
  };
}

export function registerLineControlRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  const { line } = runtime;
  const channelOf = (params: unknown): LineChannel => {
    const { channelId } = parseInput(channelParams, params, "path");
    const channel = line.channels.get(channelId);
    if (channel === undefined) throw new ControlError(404, `no LINE channel ${channelId}`);
    return channel;
  };
  const userOf = (params: unknown) => {
    const channel = channelOf(params);
    const { userId } = parseInput(userParams, params, "path");
    const user = line.channels.user(channel.channelId, userId);
    if (user === undefined)
      throw new ControlError(404, `no LINE user ${userId} for ${channel.name}; create one first`);
    return { channel, user };
  };

  app.get("/_sim/api/line/channels", async () => ({ items: line.channels.list().map(publicLineChannel) }));

  /** Registers (or replaces) a channel, then checks its webhook like LINE's "Verify" button. */
  app.post("/_sim/api/line/channels", async (request, reply) => {
    const channel = line.channels.put(parseInput(lineChannelInputSchema, request.body, "channel"));
    runtime.events.emit({ type: "channel.updated", channel: "line", accountId: channel.channelId });
    const first = await deliverLineEvents(runtime, channel, []);
    return reply.code(201).send({ channel: publicLineChannel(channel), webhook: webhookAnswer(first) });
  });

  app.get("/_sim/api/line/channels/:channelId/users", async (request) => ({
    items: line.channels.listUsers(channelOf(request.params).channelId),
  }));

  app.post("/_sim/api/line/channels/:channelId/users", async (request, reply) => {
    const channel = channelOf(request.params);
    const user = line.channels.addUser(
      channel.channelId,
      parseInput(lineUserInputSchema, request.body, "user"),
    );
    runtime.events.emit({ type: "channel.updated", channel: "line", accountId: channel.channelId });
    return reply.code(201).send({ user });
  });

  app.post("/_sim/api/line/channels/:channelId/users/:userId/send", async (request) => {
    const { channel, user } = userOf(request.params);
    const { message } = parseInput(
      z.strictObject({ message: lineCustomerActionSchema }),
      request.body,
      "body",
    );
    const now = runtime.now();
    const built = buildLineEvent(message, user, now);
    if (message.type === "follow") user.friendship = "friend";
    if (message.type === "unfollow") user.friendship = "blocked";
    if (built.replyToken !== undefined)
      line.issueReplyToken(built.replyToken, channel.channelId, user.userId, now);
    if (built.content !== undefined)
      line.addContent(built.itemId, { channelId: channel.channelId, ...built.content });
    const ref = { phoneNumberId: channel.channelId, waId: user.userId };
    const item = line.chats.append(ref, {
      wamid: built.itemId,
      direction: "in",
      at: now,
      type: message.type,
      payload: built.event,
      status: "pending",
    });
    const emit = runtime.events.hasListeners;
    if (emit) {
      runtime.events.emit({
        type: "channel.item",
        channel: "line",
        accountId: channel.channelId,
        userId: user.userId,
        item: channelChatItem(item),
      });
    }
    const onAttempt = (result: AttemptResult) => {
      const error = { code: 0, title: "Webhook delivery failed", details: result.error ?? "" };
      const changed = result.ok
        ? line.chats.advance(item, "delivered")
        : item.status === "pending" && line.chats.advance(item, "failed", error);
      if (changed) runtime.events.emitChannelStatus("line", channel.channelId, user.userId, item);
    };
    const first = await deliverLineEvents(runtime, channel, [built.event], onAttempt);
    return {
      webhookEventId: built.webhookEventId,
      ...(built.event.type === "message" ? { messageId: built.itemId } : {}),
      ...(built.replyToken === undefined ? {} : { replyToken: built.replyToken }),
      webhook: webhookAnswer(first),
    };
  });

  app.get("/_sim/api/line/chats/:channelId/:userId", async (request) => {
    const { channel, user } = userOf(request.params);
    const { after } = parseInput(chatQuery, request.query, "query");
    return {
      items: line.chats
        .list({ phoneNumberId: channel.channelId, waId: user.userId }, after)
        .map(channelChatItem),
    };
  });
}
