/** Stores users and the stores they work for; e-mail is unique (409 `email_taken`, path `email`). */
import type { Kysely, Selectable } from "kysely";
import { AppError } from "@switchboard/core";
import type { Database, UsersTable } from "../../db/schema.js";
import { newId } from "../../ids.js";
import { hashPassword } from "./password.js";
import type { NewUser, User, UserPatch } from "./user.js";

export interface UserWithHash {
  user: User;
  passwordHash: string;
}

export class UserRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("users")
      .select((eb) => eb.fn.countAll<string | number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** By name; only users of `storeIds` when given (a store manager's staff). */
  async list(storeIds?: readonly string[]): Promise<User[]> {
    let query = this.db.selectFrom("users").selectAll().orderBy("name").orderBy("id");
    if (storeIds !== undefined) {
      if (storeIds.length === 0) return [];
      query = query.where("id", "in", (eb) =>
        eb.selectFrom("user_stores").select("user_id").where("store_id", "in", storeIds),
      );
    }
    const rows = await query.execute();
    return this.withStores(rows);
  }

  async get(id: string): Promise<User | undefined> {
    const row = await this.db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    return row === undefined ? undefined : (await this.withStores([row]))[0];
  }

  async findByEmail(email: string): Promise<UserWithHash | undefined> {
    const row = await this.db
      .selectFrom("users")
      .selectAll()
      .where("email", "=", email.trim().toLowerCase())
      .executeTakeFirst();
    if (row === undefined) return undefined;
    const [user] = await this.withStores([row]);
    return user === undefined ? undefined : { user, passwordHash: row.password_hash };
  }

  async create(input: NewUser): Promise<User> {
    await this.assertEmailFree(input.email, undefined);
    const now = Date.now();
    const id = newId();
    const passwordHash = await hashPassword(input.password);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto("users")
        .values({
          id,
          email: input.email,
          name: input.name,
          role: input.role,
          password_hash: passwordHash,
          capacity: input.capacity,
          active: 1,
          last_sign_in_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      if (input.storeIds.length > 0) {
        await trx
          .insertInto("user_stores")
          .values(input.storeIds.map((storeId) => ({ user_id: id, store_id: storeId })))
          .execute();
      }
    });
    const created = await this.get(id);
    if (created === undefined) throw new Error(`user ${id} vanished after insert`);
    return created;
  }

  /** Changes the given fields; undefined when the user does not exist. */
  async update(id: string, patch: UserPatch): Promise<User | undefined> {
    if ((await this.get(id)) === undefined) return undefined;
    if (patch.email !== undefined) await this.assertEmailFree(patch.email, id);
    const passwordHash = patch.password === undefined ? undefined : await hashPassword(patch.password);
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("users")
        .set({
          ...(patch.email === undefined ? {} : { email: patch.email }),
          ...(patch.name === undefined ? {} : { name: patch.name }),
          ...(patch.role === undefined ? {} : { role: patch.role }),
          ...(patch.capacity === undefined ? {} : { capacity: patch.capacity }),
          ...(patch.active === undefined ? {} : { active: patch.active ? 1 : 0 }),
          ...(passwordHash === undefined ? {} : { password_hash: passwordHash }),
          updated_at: Date.now(),
        })
        .where("id", "=", id)
        .execute();
      if (patch.storeIds !== undefined) {
        await trx.deleteFrom("user_stores").where("user_id", "=", id).execute();
        if (patch.storeIds.length > 0) {
          await trx
            .insertInto("user_stores")
            .values(patch.storeIds.map((storeId) => ({ user_id: id, store_id: storeId })))
            .execute();
        }
      }
    });
    return this.get(id);
  }

  async recordSignIn(id: string, at: number): Promise<void> {
    await this.db.updateTable("users").set({ last_sign_in_at: at }).where("id", "=", id).execute();
  }

  /** The ids among `storeIds` that exist, to refuse unknown ones with their path. */
  async existingStoreIds(storeIds: readonly string[]): Promise<Set<string>> {
    if (storeIds.length === 0) return new Set();
    const rows = await this.db.selectFrom("stores").select("id").where("id", "in", storeIds).execute();
    return new Set(rows.map((row) => row.id));
  }

  private async assertEmailFree(email: string, exceptId: string | undefined): Promise<void> {
    let query = this.db.selectFrom("users").select("id").where("email", "=", email);
    if (exceptId !== undefined) query = query.where("id", "<>", exceptId);
    if ((await query.executeTakeFirst()) !== undefined) {
      throw new AppError("email_taken", 409, `email: ${email} already belongs to another user`, {
        path: "email",
      });
    }
  }

  private async withStores(rows: Selectable<UsersTable>[]): Promise<User[]> {
    if (rows.length === 0) return [];
    const links = await this.db
      .selectFrom("user_stores")
      .selectAll()
      .where(
        "user_id",
        "in",
        rows.map((row) => row.id),
      )
      .execute();
    return rows.map((row) =>
      toUser(
        row,
        links.filter((link) => link.user_id === row.id).map((l) => l.store_id),
      ),
    );
  }
}

function toUser(row: Selectable<UsersTable>, storeIds: string[]): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    storeIds,
    capacity: row.capacity === null ? null : Number(row.capacity),
    active: Number(row.active) === 1,
    lastSignInAt: row.last_sign_in_at === null ? null : Number(row.last_sign_in_at),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}
