import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { packageRoot, registerPageRoutes } from "./page.routes.js";

describe("page routes", () => {
  it("finds the package root from src", () => {
    expect(packageRoot()).toMatch(/packages[/\\]simulator$/);
  });

  it("serves index.html at / and built files under /page/, nothing outside", async () => {
    const root = mkdtempSync(join(tmpdir(), "sim-page-"));
    mkdirSync(join(root, "dist", "page"), { recursive: true });
    writeFileSync(join(root, "dist", "page", "index.html"), "<!doctype html><title>Phone</title>");
    writeFileSync(join(root, "dist", "page", "main.js"), "console.log(1)");
    writeFileSync(join(root, "secret.txt"), "no");
    const app = Fastify();
    await app.register(async (scope) => registerPageRoutes(scope, root), { prefix: "/simulator" });
    const index = await app.inject("/simulator/");
    expect(index.statusCode).toBe(200);
    expect(index.headers["content-type"]).toContain("text/html");
    const script = await app.inject("/simulator/page/main.js");
    expect(script.headers["content-type"]).toContain("text/javascript");
    expect((await app.inject("/simulator/page/../../secret.txt")).statusCode).toBe(404);
    expect((await app.inject("/simulator/page/%2e%2e/%2e%2e/secret.txt")).statusCode).toBe(404);
    await app.close();
  });
});
