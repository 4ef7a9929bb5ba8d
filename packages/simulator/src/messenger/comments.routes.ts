/**
 * Public replies as the account (PLATFORMS.md B7, C): `POST /{version}/{post-or-comment-id}/comments`
 * (Facebook; Instagram for a top-level comment on its media) and `POST /{version}/{ig-comment-id}/replies`
 * (Instagram). Body or query `message`; answers `{ id }` and sends the comment webhook.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { checkVersion } from "../graph/authorize.js";
import { unknownObjectError } from "../graph/graph-error.js";
import type { SimulatorRuntime } from "../runtime.js";
import { authorizeAccount } from "./meta-authorize.js";
import { metaError } from "./meta-error.js";
import { postComment } from "./post-comment.js";

const params = z.object({ version: z.string(), id: z.string() });

/** Longest comment: Facebook 8,000 characters, Instagram 2,200 (the caption limit). */
const COMMENT_LIMITS = { messenger: 8000, instagram: 2200 } as const;

export function registerCommentRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  const reply = (edge: "comments" | "replies") => async (request: FastifyRequest) => {
    const { version, id } = params.parse(request.params);
    checkVersion(version, request.url);
    const { posts } = runtime.meta;
    const parent = posts.comment(id);
    const post = parent === undefined ? posts.post(id) : posts.post(parent.postId);
    if (post === undefined) throw unknownObjectError(id, "post");
    const account = authorizeAccount(request, runtime, post.accountId, "post");
    const onInstagram = account.platform === "instagram";
    if (edge === "replies" && (!onInstagram || parent === undefined)) throw unknownObjectError(id, "post");
    if (edge === "comments" && onInstagram && parent !== undefined) {
      throw metaError(100, "Invalid parameter", {
        problems: ["answer an Instagram comment with POST /{comment-id}/replies"],
      });
    }
    const message = readMessage(request);
    const limit = COMMENT_LIMITS[account.platform];
    if (message === undefined || message.trim() === "")
      throw metaError(100, "The parameter message is required");
    if (message.length > limit) {
      throw metaError(
        100,
        `Length of param message must be less than or equal to ${limit} (it is ${message.length})`,
      );
    }
    const { comment } = postComment(runtime, account, post, undefined, message, parent?.id);
    return { id: comment.id };
  };
  app.post("/:version/:id/comments", reply("comments"));
  app.post("/:version/:id/replies", reply("replies"));
}

function readMessage(request: FastifyRequest): string | undefined {
  for (const source of [request.body, request.query]) {
    if (
      source !== null &&
      typeof source === "object" &&
      "message" in source &&
      typeof source.message === "string"
    ) {
      return source.message;
    }
  }
  return undefined;
}
