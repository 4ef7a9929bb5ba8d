/** People and access, wired by hand: users, sessions, API tokens, the audit log, sign-in and user admin. */
import type { FastifyBaseLogger } from "fastify";
import type { Kysely } from "kysely";
import type { Config } from "../config.js";
import type { Database } from "../db/schema.js";
import { ApiTokenRepository } from "../features/people/api-token.repository.js";
import { AuditLogRepository } from "../features/people/audit-log.repository.js";
import { SessionRepository } from "../features/people/session.repository.js";
import { SignInService } from "../features/people/sign-in.service.js";
import { UserAdminService } from "../features/people/user-admin.service.js";
import { UserRepository } from "../features/people/user.repository.js";

export type People = ReturnType<typeof createPeople>;

/** Creates the admin user of ADMIN_EMAIL and ADMIN_PASSWORD when no user has that e-mail yet. */
export async function ensureFirstAdmin(
  users: UserRepository,
  config: Pick<Config, "ADMIN_EMAIL" | "ADMIN_PASSWORD">,
  log: FastifyBaseLogger,
): Promise<void> {
  const email = config.ADMIN_EMAIL?.trim().toLowerCase();
  if (email === undefined || config.ADMIN_PASSWORD === undefined) return;
  if ((await users.findByEmail(email)) !== undefined) return;
  await users.create({
    email,
    name: email.split("@")[0] ?? email,
    role: "admin",
    password: config.ADMIN_PASSWORD,
    storeIds: [],
    capacity: null,
  });
  log.info({ email }, "created the first admin user");
}

/** `afterStaffChange`: see UserAdminService (the stores whose waiting conversations may now be assigned). */
export function createPeople(
  db: Kysely<Database>,
  afterStaffChange?: (storeIds: readonly string[]) => Promise<void>,
) {
  const users = new UserRepository(db);
  const sessions = new SessionRepository(db);
  const audit = new AuditLogRepository(db);
  return {
    users,
    sessions,
    audit,
    apiTokens: new ApiTokenRepository(db),
    signIn: new SignInService(users, sessions, audit),
    userAdmin: new UserAdminService(users, sessions, afterStaffChange),
  };
}
