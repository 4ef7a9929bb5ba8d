/** The answer shapes of people and access: users, the caller, API tokens, audit entries. */
import { z } from "zod";
import { RoleSchema } from "../features/people/actor.js";

export const UserView = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  storeIds: z.array(z.string()),
  capacity: z.number().nullable(),
  active: z.boolean(),
  lastSignInAt: z.number().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export const ActorView = z.object({
  kind: z.enum(["admin_token", "session", "api_token"]),
  role: RoleSchema,
  userId: z.string().nullable(),
  label: z.string(),
  storeIds: z.array(z.string()),
});

export const SessionView = z.object({
  ok: z.literal(true),
  actor: ActorView,
  user: UserView.nullable(),
  csrfToken: z
    .string()
    .nullable()
    .describe("Echo it in X-CSRF-Token on every change made with the session cookie"),
});

export const ApiTokenView = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  hint: z.string().describe("The token's last 4 characters"),
  lastUsedAt: z.number().nullable(),
  revokedAt: z.number().nullable(),
  createdAt: z.number(),
});

export const AuditEntryView = z.object({
  id: z.string(),
  at: z.number(),
  actorKind: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  target: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  ip: z.string().nullable(),
});
