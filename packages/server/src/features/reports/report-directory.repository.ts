/** The users and stores a report lists for a caller's scope, with their names. */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.js";
import type { Role } from "../people/actor.js";
import type { SalesScope } from "./sales-scope.js";

export interface ReportUser {
  id: string;
  name: string;
  role: Role;
}

export interface ReportStore {
  id: string;
  name: string;
}

export class ReportDirectoryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every user (all), or the caller and the staff of the caller's stores (scoped), by name. */
  async users(scope: SalesScope): Promise<ReportUser[]> {
    let query = this.db.selectFrom("users").select(["id", "name", "role"]).orderBy("name").orderBy("id");
    if (scope.kind === "scoped") {
      const storeIds = scope.storeIds;
      query = query.where((eb) =>
        storeIds.length === 0
          ? eb("id", "=", scope.userId)
          : eb.or([
              eb("id", "=", scope.userId),
              eb(
                "id",
                "in",
                eb.selectFrom("user_stores").select("user_id").where("store_id", "in", storeIds),
              ),
            ]),
      );
    }
    return query.execute();
  }

  /** Every store (all), or the caller's stores (scoped), by name. */
  async stores(scope: SalesScope): Promise<ReportStore[]> {
    let query = this.db.selectFrom("stores").select(["id", "name"]).orderBy("name").orderBy("id");
    if (scope.kind === "scoped") {
      if (scope.storeIds.length === 0) return [];
      query = query.where("id", "in", scope.storeIds);
    }
    return query.execute();
  }
}
