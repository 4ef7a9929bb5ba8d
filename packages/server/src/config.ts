/**
 * The server's configuration: the only reader of process.env. Parsed once with zod; every problem is
 * listed at once and the process exits non-zero.
 */
import { z } from "zod";

const ConfigSchema = z.object({
  /** Which parts this process runs: everything, only the HTTP API and webhooks, or only the job worker. */
  ROLE: z.enum(["all", "api", "worker"]).default("all"),
  /** HTTP port of the console, API and webhooks. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on. */
  HOST: z.string().min(1).default("0.0.0.0"),
  /** Folder for the embedded database, the secret key and downloaded media. */
  DATA_DIR: z.string().min(1).default("./data"),
  /** `postgres://…` to use PostgreSQL; empty for the embedded SQLite database in DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  /** Connections in the PostgreSQL pool. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** `redis://…` to run jobs on BullMQ (queue mode, several processes); empty for the SQL-table queue. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must start with redis:// or rediss://")
    .optional(),
  /** Prefix of every Redis key, so several installations can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, "letters, digits, - and _ only")
    .default("switchboard"),
  /** Bearer token of the admin API; generated at first start and printed when absent. */
  ADMIN_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  /** With ADMIN_PASSWORD: the first admin user, created at start when no user has this e-mail. */
  ADMIN_EMAIL: z.email("must be an e-mail address").optional(),
  /** The first admin user's password (at least 10 characters); only used to create that user. */
  ADMIN_PASSWORD: z.string().min(10, "must be at least 10 characters").optional(),
  /** Key that encrypts channel secrets at rest (any long random string); generated into DATA_DIR when absent. */
  SECRET_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  /** Base URL of Meta's Graph API (point it at the simulator to run offline). */
  META_GRAPH_URL: z.url().default("https://graph.facebook.com"),
  /** Graph API version used in request paths. */
  META_GRAPH_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/, "must look like v25.0")
    .default("v25.0"),
  /** Base URL of LINE's Messaging API: reply and push (point it at the simulator's `/line` to run offline). */
  LINE_API_URL: z.url().default("https://api.line.me"),
  /** Base URL of LINE's content host: files customers send (the simulator's `/line-data` offline). */
  LINE_DATA_API_URL: z.url().default("https://api-data.line.me"),
  /** Public base URL where platforms reach this server (shown as the webhook URL to configure). */
  PUBLIC_URL: z.url().optional(),
  /**
   * Jobs handled at once by a worker process. Default: 8 on SQLite (one writer at a time; more only
   * queues behind it and delays webhook acknowledgements), 32 on PostgreSQL.
   */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).optional(),
  /**
   * Let bots' HTTP request nodes reach private, loopback and link-local addresses (an intranet API, a
   * service on this machine). Off by default, so a bot cannot be used to probe the internal network.
   */
  BOT_HTTP_ALLOW_PRIVATE_NETWORKS: z.stringbool().default(false),
  /** pino log level. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Reads the configuration from an environment map (process.env by default); empty strings count as unset. */
export function readConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  const keys = Object.keys(ConfigSchema.shape);
  const input: Record<string, string> = {};
  for (const key of keys) {
    const value = env[key];
    if (value !== undefined && value !== "") input[key] = value;
  }
  const parsed = ConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
  };
}

/** The public base URL: PUBLIC_URL, or the local address the server listens on. */
export function publicUrl(config: Config): string {
  if (config.PUBLIC_URL !== undefined) return config.PUBLIC_URL.replace(/\/$/, "");
  const host = config.HOST === "0.0.0.0" || config.HOST === "::" ? "localhost" : config.HOST;
  return `http://${host}:${config.PORT}`;
}
