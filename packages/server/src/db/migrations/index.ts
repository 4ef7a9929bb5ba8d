/** Every migration in order. Each serves both dialects through Kysely's schema builder. */
import type { Kysely } from "kysely";
import type { DialectName } from "../dialect.js";
import * as foundation from "./0001-foundation.js";
import * as bots from "./0002-bots.js";

export interface DialectMigration {
  up(db: Kysely<unknown>, dialect: DialectName): Promise<void>;
  down(db: Kysely<unknown>): Promise<void>;
}

export const migrations: Record<string, DialectMigration> = {
  "0001-foundation": foundation,
  "0002-bots": bots,
};
