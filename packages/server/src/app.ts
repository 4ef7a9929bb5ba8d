/**
 * The composition root: builds every part from the configuration and wires them by hand. Roles decide
 * what this process runs: the HTTP API and webhooks (`api`), the job worker (`worker`), or both (`all`).
 */
import { join } from "node:path";
import Fastify, { LogController } from "fastify";
import type { FastifyInstance, FastifyPluginAsync } from "fastify";
import type { FetchFn } from "@switchboard/core";
import { consoleDistDir } from "./app-paths.js";
import { createDrivers } from "./composition/drivers.js";
import { createPeople, ensureFirstAdmin } from "./composition/people.js";
import { createRepositories } from "./composition/repositories.js";
import { createServices } from "./composition/services.js";
import { workerJobs } from "./composition/worker-jobs.js";
import type { Config } from "./config.js";
import { publicUrl } from "./config.js";
import { ensureDataDir, loadSecretKey } from "./data-dir.js";
import { createDatabase } from "./db/create-database.js";
import type { OpenedDatabase } from "./db/create-database.js";
import { GroupCommit } from "./db/group-commit.js";
import { createEventBus } from "./events/create-event-bus.js";
import { startSweeper } from "./features/inbound/sweeper.js";
import { resolveAdminToken } from "./features/settings/admin-token.js";
import type { QueueReplies } from "./features/stores/queue-replies.service.js";
import type { QueueAssignment } from "./features/assignment/queue-assignment.service.js";
import type { IdleCloser } from "./features/conversations/idle-closer.js";
import { createKeepAliveFetch } from "./http-client/keep-alive-fetch.js";
import { registerHttp } from "./http/register-http.js";
import { createJobQueue } from "./jobs/create-job-queue.js";
import type { JobQueue } from "./jobs/job-queue.js";
import { SecretBox } from "./security/secret-box.js";

export interface SwitchboardOptions {
  /** Extra Fastify plugins mounted on the same server (the embedded simulator, for instance). */
  mounts?: { prefix: string; plugin: FastifyPluginAsync }[];
  /** How the server reaches the platforms' APIs; global fetch by default. */
  fetch?: FetchFn;
}

export interface Switchboard {
  app: FastifyInstance;
  url: string;
  adminToken: string;
  database: OpenedDatabase;
  queue: JobQueue;
  /** Offline and instant replies for conversations entering the human queue. */
  queueReplies: QueueReplies;
  /** Store queues and automatic assignment (tests drive it inside their own transactions). */
  queueAssignment: QueueAssignment;
  /** Closes conversations a person left idle (runs every minute in workers; callable for tests). */
  idleCloser: IdleCloser;
  close(): Promise<void>;
}

export async function startSwitchboard(
  config: Config,
  options: SwitchboardOptions = {},
): Promise<Switchboard> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 4 * 1024 * 1024,
    // Closing does not wait for idle keep-alive connections (up to 72 s) to time out.
    forceCloseConnections: true,
  });
  const log = app.log;
  const dataDir = ensureDataDir(config.DATA_DIR);
  const box = new SecretBox(loadSecretKey(dataDir, config.SECRET_KEY));
  const database = await createDatabase(
    config.DATABASE_URL === undefined
      ? { kind: "sqlite", file: join(dataDir, "switchboard.sqlite") }
      : { kind: "postgres", url: config.DATABASE_URL, poolSize: config.DATABASE_POOL_SIZE },
  );
  const { db } = database;
  const queue = createJobQueue(database, { url: config.REDIS_URL, prefix: config.REDIS_PREFIX }, (error) =>
    log.error({ err: error }, "job queue error"),
  );
  // Change events for the console's live updates; Redis pub/sub in queue mode reaches every process.
  const changeEvents = await createEventBus({ url: config.REDIS_URL, prefix: config.REDIS_PREFIX }, (error) =>
    log.warn({ err: error }, "event bus error"),
  );
  const graphFetch = options.fetch ?? createKeepAliveFetch({ maxSockets: 64, timeoutMs: 30_000 });
  const drivers = createDrivers(config, graphFetch);
  const repos = createRepositories(db, database.dialect, box);
  const groupCommit = new GroupCommit(db, database.dialect, database.urgentDb);
  const services = createServices({
    db,
    groupCommit,
    queue,
    changeEvents,
    drivers,
    graphFetch,
    config,
    repos,
  });
  const adminToken = await resolveAdminToken(db, box, config.ADMIN_TOKEN);
  // Staff who gain room take the waiting conversations of their stores at once.
  const people = createPeople(db, async (storeIds) => {
    for (const storeId of storeIds) await services.queueAssignment.drain(storeId);
  });
  await ensureFirstAdmin(people.users, config, log);

  await registerHttp(app, {
    ...repos,
    ...services,
    adminToken,
    people,
    baseUrl: publicUrl(config),
    consoleDir: consoleDistDir,
    drivers,
    events: changeEvents,
    health: async () => ({
      database: database.dialect,
      queue: queue.transactional ? "sql" : "redis",
      pendingJobs: await queue.countPending(),
    }),
    mounts: options.mounts ?? [],
  });

  const runsWorker = config.ROLE !== "api";
  const runsApi = config.ROLE !== "worker";
  if (runsWorker) {
    queue.startWorker(workerJobs(config, dataDir, drivers, repos, services), {
      concurrency: config.WORKER_CONCURRENCY ?? 8,
    });
  }
  const stopSweeper = runsWorker
    ? startSweeper({ queue, events: repos.events, messages: repos.messages, log })
    : () => {};
  const stopIdleCloser = runsWorker ? services.idleCloser.start(log) : () => {};
  if (runsApi) await app.listen({ port: config.PORT, host: config.HOST });
  else await app.ready();
  const address = app.server.address();
  const port = typeof address === "object" && address !== null ? address.port : config.PORT;
  const url = config.PUBLIC_URL ?? `http://${config.HOST === "0.0.0.0" ? "localhost" : config.HOST}:${port}`;

  return {
    app,
    url,
    adminToken,
    database,
    queue,
    queueReplies: services.queueReplies,
    queueAssignment: services.queueAssignment,
    idleCloser: services.idleCloser,
    close: async () => {
      stopSweeper();
      stopIdleCloser();
      await app.close();
      await queue.stop();
      await changeEvents.close();
      await database.close();
    },
  };
}
