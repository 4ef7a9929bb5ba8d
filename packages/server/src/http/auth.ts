/**
 * Who is calling `/api/`: the configured admin token or an API token as `Authorization: Bearer`, or the
 * console's session cookie (then every change must echo the session's CSRF token in `X-CSRF-Token`).
 * Each route says which roles may call it (`allow`, admins only by default): others get 403. Routes
 * marked `queryToken` also take a bearer token as `?token=`; `public` routes skip all of this.
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError } from "@switchboard/core";
import { ADMIN_TOKEN_ACTOR } from "../features/people/actor.js";
import type { Actor, Role } from "../features/people/actor.js";
import type { ApiTokenRepository } from "../features/people/api-token.repository.js";
import type { SessionRepository } from "../features/people/session.repository.js";
import type { UserRepository } from "../features/people/user.repository.js";
import { SESSION_COOKIE, readCookie } from "./session-cookie.js";

declare module "fastify" {
  interface FastifyContextConfig {
    public?: boolean;
    /** Also accept a bearer token as `?token=` (images an <img> loads, which cannot send a header). */
    queryToken?: boolean;
    /** The roles that may call the route; admins only when absent. */
    allow?: readonly Role[];
    /** False for changes the audit log leaves out (messages an agent sends; sign-in logs itself). */
    audit?: boolean;
  }
  interface FastifyRequest {
    /** Set by the auth hook on every private route. */
    actor: Actor | null;
    /** The CSRF token of the session that signed the request in; null for bearer tokens. */
    sessionCsrfToken: string | null;
  }
}

export const EVERY_ROLE: readonly Role[] = ["admin", "store_manager", "agent"];
export const MANAGERS: readonly Role[] = ["admin", "store_manager"];

export interface AuthDeps {
  adminToken: string;
  users: Pick<UserRepository, "get">;
  sessions: Pick<SessionRepository, "resume">;
  apiTokens: Pick<ApiTokenRepository, "resolve">;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function installAuth(app: FastifyInstance, deps: AuthDeps): void {
  const expected = digest(deps.adminToken);
  app.decorateRequest("actor", null);
  app.decorateRequest("sessionCsrfToken", null);
  app.addHook("onRequest", async (request, reply) => {
    const config = request.routeOptions.config;
    if (!request.url.startsWith("/api/") || config.public === true) return;
    const identified = await identify(request, deps, expected);
    if (identified === undefined)
      return refuse(reply, 401, "unauthorized", "Sign in, or send a valid Bearer token");
    if ("refusal" in identified) return refuse(reply, 403, identified.refusal, identified.message);
    const { actor } = identified;
    request.actor = actor;
    request.sessionCsrfToken = identified.csrfToken;
    if (!(config.allow ?? ["admin"]).includes(actor.role)) {
      return refuse(
        reply,
        403,
        "forbidden",
        `The ${actor.role} role may not ${request.method} this resource`,
      );
    }
  });
}

/** The caller of a private route (the auth hook has run). */
export function actorOf(request: FastifyRequest): Actor {
  if (request.actor === null)
    throw new AppError("unauthorized", 401, "Sign in, or send a valid Bearer token");
  return request.actor;
}

type Identified =
  { actor: Actor; csrfToken: string | null } | { refusal: string; message: string } | undefined;

async function identify(request: FastifyRequest, deps: AuthDeps, expected: Buffer): Promise<Identified> {
  const bearer = bearerOf(request);
  if (bearer !== "") {
    if (timingSafeEqual(digest(bearer), expected)) return { actor: ADMIN_TOKEN_ACTOR, csrfToken: null };
    const token = await deps.apiTokens.resolve(bearer);
    if (token === undefined) return undefined;
    const user = await deps.users.get(token.userId);
    if (user === undefined || !user.active) return undefined;
    const actor: Actor = {
      kind: "api_token",
      role: user.role,
      userId: user.id,
      label: token.name,
      storeIds: user.storeIds,
    };
    return { actor, csrfToken: null };
  }
  const secret = readCookie(request.headers.cookie, SESSION_COOKIE);
  if (secret === undefined) return undefined;
  const session = await deps.sessions.resume(secret);
  if (session === undefined) return undefined;
  const user = await deps.users.get(session.userId);
  if (user === undefined || !user.active) return undefined;
  if (!SAFE_METHODS.has(request.method) && !sameSecret(request.headers["x-csrf-token"], session.csrfToken)) {
    return {
      refusal: "csrf_failed",
      message: "X-CSRF-Token: the session's CSRF token is required for changes",
    };
  }
  return {
    actor: { kind: "session", role: user.role, userId: user.id, label: user.email, storeIds: user.storeIds },
    csrfToken: session.csrfToken,
  };
}

function bearerOf(request: FastifyRequest): string {
  const header = request.headers.authorization ?? "";
  if (header.startsWith("Bearer ")) return header.slice(7);
  if (request.routeOptions.config.queryToken !== true) return "";
  const query = request.query;
  if (typeof query !== "object" || query === null || !("token" in query)) return "";
  return typeof query.token === "string" ? query.token : "";
}

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  return typeof given === "string" && timingSafeEqual(digest(given), digest(expected));
}

function refuse(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).send({ error: { code, message } });
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
