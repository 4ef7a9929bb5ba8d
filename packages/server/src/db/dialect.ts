/** The two database engines Switchboard runs on. */
export type DialectName = "sqlite" | "postgres";
