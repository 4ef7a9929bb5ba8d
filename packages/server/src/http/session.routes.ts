/** /api/v1/session: sign in with e-mail and password (a session cookie), see who you are, sign out. */
import { z } from "zod";
import type { AuditLogRepository } from "../features/people/audit-log.repository.js";
import { SESSION_MAX_AGE_MS } from "../features/people/session.repository.js";
import type { SessionRepository } from "../features/people/session.repository.js";
import type { SignInService } from "../features/people/sign-in.service.js";
import type { UserRepository } from "../features/people/user.repository.js";
import { actorOf, EVERY_ROLE } from "./auth.js";
import { SessionView, UserView } from "./people-views.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from "./session-cookie.js";

export interface SessionRouteDeps {
  signIn: SignInService;
  sessions: SessionRepository;
  users: UserRepository;
  audit: AuditLogRepository;
  /** Cookies get `Secure` when the console is served over HTTPS. */
  secureCookies: boolean;
}

const SignInBody = z.object({
  email: z.string().min(1, "required").max(254),
  password: z.string().min(1, "required").max(200),
});

export function registerSessionRoutes(routes: RouteRegistry, deps: SessionRouteDeps): void {
  routes.add({
    method: "POST",
    url: "/api/v1/session",
    summary:
      "Sign in with e-mail and password: sets the httpOnly session cookie (401 when refused, 429 after too many refusals)",
    params: none,
    query: none,
    tag: "Session",
    public: true,
    audit: false,
    body: SignInBody,
    response: z.object({ user: UserView, csrfToken: z.string(), expiresAt: z.number() }),
    handler: async ({ body, request, reply }) => {
      const signedIn = await deps.signIn.signIn({ ...body, ip: request.ip });
      void reply.header(
        "set-cookie",
        sessionCookie(signedIn.secret, {
          maxAgeSeconds: Math.floor(SESSION_MAX_AGE_MS / 1000),
          secure: deps.secureCookies,
        }),
      );
      return { user: signedIn.user, csrfToken: signedIn.csrfToken, expiresAt: signedIn.expiresAt };
    },
  });

  routes.add({
    method: "GET",
    url: "/api/v1/session",
    summary: "Who is calling: the user, their role and stores, and the session's CSRF token",
    params: none,
    query: none,
    body: none,
    tag: "Session",
    allow: EVERY_ROLE,
    response: SessionView,
    handler: async ({ request }) => {
      const actor = actorOf(request);
      const user = actor.userId === null ? undefined : await deps.users.get(actor.userId);
      return {
        ok: true as const,
        actor: { ...actor, storeIds: [...actor.storeIds] },
        user: user ?? null,
        csrfToken: request.sessionCsrfToken,
      };
    },
  });

  routes.add({
    method: "DELETE",
    url: "/api/v1/session",
    summary: "Sign out: ends the session of the cookie",
    params: none,
    query: none,
    body: none,
    tag: "Session",
    allow: EVERY_ROLE,
    audit: false,
    status: 200,
    response: z.object({ ok: z.literal(true) }),
    handler: async ({ request, reply }) => {
      const actor = actorOf(request);
      const secret = readCookie(request.headers.cookie, SESSION_COOKIE);
      if (actor.kind === "session" && secret !== undefined) {
        await deps.sessions.end(secret);
        await deps.audit.record({
          actorKind: actor.kind,
          actorUserId: actor.userId,
          actorLabel: actor.label,
          action: "sign_out",
          target: null,
          detail: {},
          ip: request.ip,
        });
      }
      void reply.header("set-cookie", clearedSessionCookie(deps.secureCookies));
      return { ok: true as const };
    },
  });
}
