/**
 * Managing users through the API, within the staff policy: listing, creating, editing, deactivating.
 * Users out of the caller's reach answer 404 (their existence is not told); a change that would leave
 * nobody able to administer (the last active admin demoted or deactivated) answers 409.
 */
import { AppError } from "@switchboard/core";
import type { Actor } from "./actor.js";
import type { SessionRepository } from "./session.repository.js";
import { canSeeUser, staffRefusal } from "./staff-policy.js";
import type { NewUser, User, UserPatch } from "./user.js";
import type { UserRepository } from "./user.repository.js";

export class UserAdminService {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    /**
     * Told the stores whose staff changed in a way that may give room (a user added, a capacity, the
     * stores, the role or being active changed), so their waiting conversations can be assigned.
     */
    private readonly afterStaffChange: (storeIds: readonly string[]) => Promise<void> = async () => {},
  ) {}

  async list(actor: Actor): Promise<User[]> {
    if (actor.role === "admin") return this.users.list();
    const staff = await this.users.list(actor.storeIds);
    return staff.filter((user) => canSeeUser(actor, user));
  }

  async get(actor: Actor, id: string): Promise<User> {
    const user = await this.users.get(id);
    if (user === undefined || !canSeeUser(actor, user)) throw notFound(id);
    return user;
  }

  async create(actor: Actor, input: NewUser): Promise<User> {
    this.assertAllowed(actor, input);
    await this.assertStoresExist(input.storeIds);
    const created = await this.users.create(input);
    await this.afterStaffChange(created.storeIds);
    return created;
  }

  async update(actor: Actor, id: string, patch: UserPatch): Promise<User> {
    const current = await this.get(actor, id);
    const isSelf = actor.userId === id;
    if (!isSelf || patch.role !== undefined || patch.storeIds !== undefined || patch.active !== undefined) {
      this.assertAllowed(actor, current);
      this.assertAllowed(actor, {
        role: patch.role ?? current.role,
        storeIds: patch.storeIds ?? current.storeIds,
      });
    }
    if (patch.storeIds !== undefined) await this.assertStoresExist(patch.storeIds);
    const losesAdmin =
      current.role === "admin" &&
      current.active &&
      (patch.active === false || (patch.role ?? "admin") !== "admin");
    if (losesAdmin && (await this.activeAdmins()) <= 1) {
      throw new AppError("last_admin", 409, "role: the last active admin cannot be demoted or deactivated", {
        path: patch.active === false ? "active" : "role",
      });
    }
    const updated = await this.users.update(id, patch);
    if (updated === undefined) throw notFound(id);
    if (patch.active === false || patch.password !== undefined) await this.sessions.endAllFor(id);
    const { storeIds, capacity, role, active } = patch;
    if (storeIds !== undefined || capacity !== undefined || role !== undefined || active !== undefined)
      await this.afterStaffChange([...new Set([...current.storeIds, ...updated.storeIds])]);
    return updated;
  }

  private assertAllowed(actor: Actor, shape: { role: User["role"]; storeIds: readonly string[] }): void {
    const refusal = staffRefusal(actor, shape);
    if (refusal !== undefined) {
      throw new AppError("forbidden", 403, `${refusal.path}: ${refusal.message}`, { path: refusal.path });
    }
  }

  private async assertStoresExist(storeIds: readonly string[]): Promise<void> {
    const existing = await this.users.existingStoreIds(storeIds);
    const missing = storeIds.findIndex((id) => !existing.has(id));
    if (missing >= 0) {
      throw new AppError(
        "store_not_found",
        422,
        `storeIds[${missing}]: store ${storeIds[missing]} does not exist`,
        {
          path: `storeIds[${missing}]`,
        },
      );
    }
  }

  private async activeAdmins(): Promise<number> {
    return (await this.users.list()).filter((user) => user.role === "admin" && user.active).length;
  }
}

function notFound(id: string): AppError {
  return new AppError("not_found", 404, `user ${id} does not exist`);
}
