/**
 * Signs people in with e-mail and password. Refusals are logged and counted: after 5 refusals for one
 * e-mail, or 20 from one address, within 15 minutes, sign-in answers 429 until the window passes. The
 * same answer (and about the same time) for an unknown e-mail, a wrong password and a deactivated user.
 */
import { AppError } from "@switchboard/core";
import type { AuditLogRepository } from "./audit-log.repository.js";
import { decoyHash, passwordMatches } from "./password.js";
import type { SessionRepository } from "./session.repository.js";
import type { User } from "./user.js";
import type { UserRepository } from "./user.repository.js";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_REFUSALS_PER_EMAIL = 5;
export const MAX_REFUSALS_PER_ADDRESS = 20;

export interface SignedIn {
  user: User;
  /** Goes into the httpOnly cookie. */
  secret: string;
  csrfToken: string;
  expiresAt: number;
}

export class SignInService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  async signIn(input: { email: string; password: string; ip: string | null }): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    const now = Date.now();
    const refused = await this.audit.refusedSignIns(email, input.ip, now - SIGN_IN_WINDOW_MS);
    if (refused.email >= MAX_REFUSALS_PER_EMAIL || refused.ip >= MAX_REFUSALS_PER_ADDRESS) {
      throw new AppError(
        "too_many_sign_in_attempts",
        429,
        "Too many refused sign-ins; try again in 15 minutes",
        { details: { retryAfterSeconds: SIGN_IN_WINDOW_MS / 1000 } },
      );
    }
    const found = await this.users.findByEmail(email);
    const matches = await passwordMatches(found?.passwordHash ?? (await decoyHash()), input.password);
    if (found === undefined || !matches || !found.user.active) {
      await this.audit.record({
        actorKind: "anonymous",
        actorUserId: found?.user.id ?? null,
        actorLabel: email,
        action: "sign_in_refused",
        target: null,
        detail: { reason: found === undefined ? "unknown_email" : matches ? "inactive" : "wrong_password" },
        ip: input.ip,
      });
      throw new AppError("sign_in_refused", 401, "The e-mail or the password is not right");
    }
    const { secret, session } = await this.sessions.create(found.user.id, now);
    await this.users.recordSignIn(found.user.id, now);
    await this.audit.record({
      actorKind: "session",
      actorUserId: found.user.id,
      actorLabel: email,
      action: "sign_in",
      target: null,
      detail: {},
      ip: input.ip,
    });
    return { user: found.user, secret, csrfToken: session.csrfToken, expiresAt: session.expiresAt };
  }
}
