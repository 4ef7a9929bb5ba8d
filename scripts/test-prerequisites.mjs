// What the test suite needs from the machine. Each check fixes what it can (Chromium from Debian's
// package when running as root) and otherwise answers one sentence saying what is missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function ensureChromium() {
  if (existsSync(chromiumPath)) return undefined;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  if (!isRoot)
    return `Chromium is not installed at ${chromiumPath}: run \`sudo apt-get install -y chromium\` (or set CHROMIUM_PATH).`;
  console.log("Installing Chromium from Debian's packages for the browser tests…");
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  const install =
    update.status === 0
      ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], {
          stdio: "inherit",
          env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
        })
      : update;
  if (install.status !== 0 || !existsSync(chromiumPath))
    return "Chromium could not be installed with `apt-get install -y chromium`.";
  return undefined;
}

export async function ensurePostgres() {
  const url = new URL(process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
  const open = await canConnect(url.hostname, Number(url.port || 5432));
  return open
    ? undefined
    : `PostgreSQL is not reachable at ${url.host} (set TEST_DATABASE_URL, or start it: pg_ctlcluster <version> main start).`;
}

export async function ensureRedis() {
  const url = new URL(process.env.REDIS_URL ?? "redis://127.0.0.1:6379");
  const open = await canConnect(url.hostname, Number(url.port || 6379));
  return open
    ? undefined
    : `Redis is not reachable at ${url.host} (set REDIS_URL, or start it: redis-server --daemonize yes).`;
}

function canConnect(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 2000 });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
  });
}
