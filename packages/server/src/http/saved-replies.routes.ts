/** /api/v1/saved-replies: replies agents insert by shortcut, and their rendering for one conversation. */
import { z } from "zod";
import { AppError } from "@switchboard/core";
import type { Actor } from "../features/people/actor.js";
import {
  listOwnerFor,
  mayReadReply,
  replyWriteRefusal,
  withDefaultOwner,
} from "../features/saved-replies/saved-reply-access.js";
import type { ReplyOwnership } from "../features/saved-replies/saved-reply-access.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { SAVED_REPLY_SCOPES, SavedReplyInputSchema } from "../features/saved-replies/saved-reply.js";
import type { SavedReply } from "../features/saved-replies/saved-reply.js";
import type { SavedReplyService } from "../features/saved-replies/saved-reply.service.js";
import { IdParams } from "./api-schemas.js";
import { parseWithFieldErrors } from "./parse-with-field-errors.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

// The route schemas check types (400); the rules (shortcut form, message schema, variables, owner) answer
// 422 with the path, e.g. `message.sections[0].options[0].title`.
const MessageShape = z
  .record(z.string(), z.unknown())
  .describe(
    "A neutral OutboundMessage (text, media, choices…); {{contact.name}}-style variables in its texts",
  );
const PatchBody = z.looseObject({
  title: z.string().optional(),
  shortcut: z
    .string()
    .optional()
    .describe("/ and 1–32 letters, digits, - or _; unique per scope, case-insensitive"),
  message: MessageShape.optional(),
  tags: z.array(z.string()).optional().describe("Words the search matches besides title and shortcut"),
  scope: z.enum(SAVED_REPLY_SCOPES).optional().describe("shared (default): everyone; personal: ownerId's"),
  ownerId: z.string().nullable().optional().describe("Required for a personal reply; null for a shared one"),
});
const CreateBody = PatchBody.extend({ title: z.string(), shortcut: z.string(), message: MessageShape });
const ListQuery = z.object({
  q: z.string().optional().describe("Words to find in the title, shortcut or tags"),
  ownerId: z.string().min(1).optional().describe("Also list this owner's personal replies"),
});
const RenderBody = z.object({
  conversationId: z.string().min(1),
  agentName: z.string().optional().describe("Fills {{agent.name}}"),
});

const SavedReplyView = z.object({
  id: z.string(),
  scope: z.enum(SAVED_REPLY_SCOPES),
  ownerId: z.string().nullable(),
  title: z.string(),
  shortcut: z.string(),
  message: MessageShape,
  tags: z.array(z.string()),
  createdAt: z.number(),
  updatedAt: z.number(),
});
const WarningView = z.object({
  channel: z.string(),
  path: z.string(),
  rule: z.string(),
  message: z.string(),
  limit: z.number().optional(),
  actual: z.number().optional(),
});
const CheckedView = z.object({
  savedReply: SavedReplyView,
  warnings: z
    .array(WarningView)
    .describe("Limits a configured channel would refuse as the message stands; saved anyway"),
});

function assertMayWrite(actor: Actor, reply: ReplyOwnership): void {
  const refusal = replyWriteRefusal(actor, reply);
  if (refusal !== undefined) {
    throw new AppError("forbidden", 403, `${refusal.path}: ${refusal.message}`, { path: refusal.path });
  }
}

export function registerSavedReplyRoutes(routes: RouteRegistry, service: SavedReplyService): void {
  /** The reply, if the caller may read it; 404 otherwise. */
  const readable = async (actor: Actor, id: string) => {
    const checked = await service.get(id);
    if (!mayReadReply(actor, checked.savedReply)) {
      throw new AppError("not_found", 404, `saved reply ${id} does not exist`);
    }
    return checked;
  };

  routes.add({
    method: "GET",
    url: "/api/v1/saved-replies",
    allow: EVERY_ROLE,
    summary: "List shared saved replies (and an owner's personal ones), by shortcut; ?q= searches",
    params: none,
    body: none,
    tag: "Saved replies",
    query: ListQuery,
    response: z.object({ items: z.array(SavedReplyView.extend({ warnings: CheckedView.shape.warnings })) }),
    handler: async ({ query, request }) => ({
      items: (
        await service.list({
          ...(query.q === undefined ? {} : { q: query.q }),
          ...withOwner(listOwnerFor(actorOf(request), query.ownerId)),
        })
      ).map((reply) => ({
        ...present(reply),
        warnings: service.warningsFor(reply.message),
      })),
    }),
  });

  routes.add({
    method: "POST",
    url: "/api/v1/saved-replies",
    allow: EVERY_ROLE,
    summary:
      "Add a saved reply (409 saved_reply_shortcut_taken; 422 naming the field; channel limits as warnings)",
    params: none,
    query: none,
    tag: "Saved replies",
    body: CreateBody,
    status: 201,
    response: CheckedView,
    handler: async ({ body, request }) => {
      const actor = actorOf(request);
      const input = parseWithFieldErrors(
        SavedReplyInputSchema,
        withDefaultOwner(actor, body),
        "saved_reply_invalid",
      );
      assertMayWrite(actor, input);
      const checked = await service.create(input);
      return { savedReply: present(checked.savedReply), warnings: checked.warnings };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/saved-replies/:id",
    allow: EVERY_ROLE,
    summary: "Get a saved reply with the limits each channel would refuse in it",
    query: none,
    body: none,
    tag: "Saved replies",
    params: IdParams,
    response: CheckedView,
    handler: async ({ params, request }) => {
      const checked = await readable(actorOf(request), params.id);
      return { savedReply: present(checked.savedReply), warnings: checked.warnings };
    },
  });

  routes.add({
    method: "PATCH",
    url: "/api/v1/saved-replies/:id",
    allow: EVERY_ROLE,
    summary: "Change any field of a saved reply",
    query: none,
    tag: "Saved replies",
    params: IdParams,
    body: PatchBody,
    response: CheckedView,
    handler: async ({ params, body, request }) => {
      const actor = actorOf(request);
      const current = (await readable(actor, params.id)).savedReply;
      assertMayWrite(actor, current);
      const merged = {
        title: current.title,
        shortcut: current.shortcut,
        message: current.message,
        tags: current.tags,
        scope: current.scope,
        ownerId: current.ownerId,
        ...body,
      };
      const input = parseWithFieldErrors(
        SavedReplyInputSchema,
        withDefaultOwner(actor, merged),
        "saved_reply_invalid",
      );
      assertMayWrite(actor, input);
      const checked = await service.update(params.id, input);
      return { savedReply: present(checked.savedReply), warnings: checked.warnings };
    },
  });

  routes.add({
    method: "DELETE",
    url: "/api/v1/saved-replies/:id",
    allow: EVERY_ROLE,
    summary: "Delete a saved reply",
    query: none,
    body: none,
    tag: "Saved replies",
    params: IdParams,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ params, request }) => {
      const actor = actorOf(request);
      assertMayWrite(actor, (await readable(actor, params.id)).savedReply);
      await service.delete(params.id);
      return { ok: true as const };
    },
  });

  routes.add({
    method: "POST",
    url: "/api/v1/saved-replies/:id/render",
    allow: EVERY_ROLE,
    summary: "The saved reply's message with its variables filled from the conversation's contact",
    query: none,
    tag: "Saved replies",
    params: IdParams,
    body: RenderBody,
    response: z.object({ message: MessageShape }),
    handler: async ({ params, body, request }) => ({
      message: await service.render((await readable(actorOf(request), params.id)).savedReply.id, {
        conversationId: body.conversationId,
        ...(body.agentName === undefined ? {} : { agentName: body.agentName }),
      }),
    }),
  });
}

function withOwner(ownerId: string | undefined): { ownerId?: string } {
  return ownerId === undefined ? {} : { ownerId };
}

function present(reply: SavedReply): z.infer<typeof SavedReplyView> {
  return { ...reply };
}
