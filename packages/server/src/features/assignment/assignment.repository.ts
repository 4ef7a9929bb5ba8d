/**
 * Stores each store's assignment mode and round-robin cursor, and reads what assignment decides on: the
 * store's agents with their load, the conversations waiting in its queue. On PostgreSQL the reads made
 * for a decision lock what the decision writes (the store's row, its agents' rows), so several workers
 * never give one agent more than their capacity; SQLite runs one transaction at a time.
 */
import { sql } from "kysely";
import type { Kysely, Transaction } from "kysely";
import type { DialectName } from "../../db/dialect.js";
import type { Database } from "../../db/schema.js";
import type { AssignmentMode, StoreAssignment } from "./assignment-mode.js";
import type { AgentLoad } from "./pick-agent.js";

type Db = Kysely<Database> | Transaction<Database>;

/** An agent or store manager of the store, with their load. */
export interface StoreAgent extends AgentLoad {
  name: string;
  role: "admin" | "store_manager" | "agent";
}

/** The roles that take conversations from a store's queue. */
const ASSIGNABLE_ROLES = ["agent", "store_manager"] as const;

export class AssignmentRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly dialect: DialectName,
  ) {}

  /** The store's settings (`manual` when never configured). */
  async get(storeId: string, db: Db = this.db): Promise<StoreAssignment> {
    const row = await db
      .selectFrom("store_assignment")
      .selectAll()
      .where("store_id", "=", storeId)
      .executeTakeFirst();
    return row === undefined
      ? { storeId, mode: "manual", lastUserId: null, updatedAt: null }
      : { storeId, mode: row.mode, lastUserId: row.last_user_id, updatedAt: Number(row.updated_at) };
  }

  async setMode(storeId: string, mode: AssignmentMode): Promise<StoreAssignment> {
    const now = Date.now();
    await this.db
      .insertInto("store_assignment")
      .values({ store_id: storeId, mode, last_user_id: null, updated_at: now })
      .onConflict((oc) => oc.column("store_id").doUpdateSet({ mode, updated_at: now }))
      .execute();
    return this.get(storeId);
  }

  /** The settings, with the store's row locked until the transaction ends (PostgreSQL). */
  async lockStore(trx: Transaction<Database>, storeId: string): Promise<StoreAssignment> {
    if (this.dialect !== "postgres") return this.get(storeId, trx);
    const row = await trx
      .selectFrom("store_assignment")
      .select(["mode", "last_user_id"])
      .where("store_id", "=", storeId)
      .forNoKeyUpdate()
      .executeTakeFirst();
    return row === undefined
      ? { storeId, mode: "manual", lastUserId: null, updatedAt: null }
      : { storeId, mode: row.mode, lastUserId: row.last_user_id, updatedAt: null };
  }

  async setCursor(trx: Transaction<Database>, storeId: string, userId: string): Promise<void> {
    await trx
      .updateTable("store_assignment")
      .set({ last_user_id: userId })
      .where("store_id", "=", storeId)
      .execute();
  }

  /**
   * The store's agents and store managers with their in-progress load and latest assignment, their rows
   * locked in id order (PostgreSQL) so that concurrent decisions about one agent wait for each other.
   */
  async agents(trx: Transaction<Database>, storeId: string): Promise<StoreAgent[]> {
    return this.loads(trx, storeId, this.dialect === "postgres");
  }

  /** The store's agents and their load as they are now, without locking (to show them). */
  async agentsNow(storeId: string): Promise<StoreAgent[]> {
    return this.loads(this.db, storeId, false);
  }

  private async loads(db: Db, storeId: string, lock: boolean): Promise<StoreAgent[]> {
    let query = db
      .selectFrom("users")
      .innerJoin("user_stores", "user_stores.user_id", "users.id")
      .select(["users.id", "users.name", "users.role", "users.active", "users.capacity"])
      .where("user_stores.store_id", "=", storeId)
      .where("users.role", "in", ASSIGNABLE_ROLES)
      .orderBy("users.id");
    if (lock) query = query.forNoKeyUpdate("users");
    const users = await query.execute();
    if (users.length === 0) return [];
    const loads = await db
      .selectFrom("conversations")
      .select([
        "assigned_user_id",
        sql<number | string>`sum(case when status = 'in_progress' then 1 else 0 end)`.as("in_progress"),
        (eb) => eb.fn.max("assigned_at").as("last_assigned_at"),
      ])
      .where(
        "assigned_user_id",
        "in",
        users.map((user) => user.id),
      )
      .groupBy("assigned_user_id")
      .execute();
    return users.map((user) => {
      const load = loads.find((l) => l.assigned_user_id === user.id);
      return {
        userId: user.id,
        name: user.name,
        role: user.role,
        active: user.active === 1,
        capacity: user.capacity,
        inProgress: Number(load?.in_progress ?? 0),
        lastAssignedAt: load?.last_assigned_at == null ? null : Number(load.last_assigned_at),
      };
    });
  }

  /**
   * Unassigned conversations waiting in the store's queue, oldest in the queue first. On PostgreSQL they
   * are locked, skipping any another transaction holds (a worker handling a customer message there).
   */
  async waiting(trx: Transaction<Database>, storeId: string, limit: number): Promise<string[]> {
    let query = trx
      .selectFrom("conversations")
      .select("id")
      .where("store_id", "=", storeId)
      .where("status", "=", "pending")
      .where("assigned_user_id", "is", null)
      .orderBy(sql`coalesce(queued_at, created_at)`)
      .orderBy("id")
      .limit(limit);
    if (this.dialect === "postgres") query = query.forUpdate().skipLocked();
    return (await query.execute()).map((row) => row.id);
  }

  /** The stores of these conversations and of the agents they were assigned to. */
  async storesAround(conversationIds: readonly string[]): Promise<string[]> {
    if (conversationIds.length === 0) return [];
    const rows = await this.db
      .selectFrom("conversations")
      .leftJoin("user_stores", "user_stores.user_id", "conversations.assigned_user_id")
      .select(["conversations.store_id", "user_stores.store_id as user_store_id"])
      .where("conversations.id", "in", conversationIds)
      .execute();
    const ids = rows.flatMap((row) => [row.store_id, row.user_store_id]);
    return [...new Set(ids.filter((id): id is string => id !== null))];
  }

  /** The stores a user works for. */
  async storesOf(userId: string, db: Db = this.db): Promise<string[]> {
    const rows = await db
      .selectFrom("user_stores")
      .select("store_id")
      .where("user_id", "=", userId)
      .execute();
    return rows.map((row) => row.store_id);
  }
}
