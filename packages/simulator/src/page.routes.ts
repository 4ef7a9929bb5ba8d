/**
 * Serves the phone page: `GET /` is `page/index.html` (from src/, else dist/), `GET /page/*` the files of the
 * built page (`dist/page/`). Paths resolve from the package root, so this works from `src/` and `dist/`.
 */
import { existsSync, readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance, FastifyReply } from "fastify";
import { z } from "zod";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

/** The folder of this package's package.json, found upwards from this file. */
export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && readFileSync(manifest, "utf8").includes('"@switchboard/simulator"'))
      return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find the @switchboard/simulator package root");
    dir = parent;
  }
}

export function registerPageRoutes(app: FastifyInstance, root: string = packageRoot()): void {
  const built = join(root, "dist", "page");
  // index.html is served as written in src/page; dist/page holds it only where src/ is not shipped.
  const index = [join(root, "src", "page", "index.html"), join(built, "index.html")];

  app.get("/", async (_request, reply) => {
    for (const file of index) {
      if (await isFile(file)) return sendFile(reply, file);
    }
    return reply
      .code(404)
      .type("text/plain; charset=utf-8")
      .send("The phone page is not built yet (npm run build).");
  });

  app.get("/page/*", async (request, reply) => {
    const { "*": wanted } = z.object({ "*": z.string() }).parse(request.params);
    const file = resolve(built, wanted);
    if (!file.startsWith(built + sep) || !(await isFile(file))) {
      return reply.code(404).type("text/plain; charset=utf-8").send("Not found");
    }
    return sendFile(reply, file);
  });
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function sendFile(reply: FastifyReply, file: string): Promise<FastifyReply> {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  return reply
    .header("cache-control", "no-cache")
    .type(type)
    .send(await readFile(file));
}
