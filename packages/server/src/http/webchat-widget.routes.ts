/**
 * The widget's files and the demo page: `/webchat/widget.js` is the one classic script a website embeds
 * (it reads its `data-*` attributes and imports the widget's modules from `/webchat/widget/`), and
 * `/webchat/demo` is a shop page embedding the widget of a web chat account (`?key=`, else the first).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import { demoPageHtml, widgetLoaderScript } from "../features/webchat/widget-page.js";

const FileParams = z.object({ file: z.string().regex(/^[a-z0-9-]+\.js$/) });
const DemoQuery = z.object({
  key: z.string().min(1).max(100).optional(),
  lang: z.enum(["en", "zh-TW"]).optional(),
});

export function registerWebchatWidgetRoutes(
  app: FastifyInstance,
  accounts: Pick<ChannelAccountRepository, "list">,
  widgetDir: string,
): void {
  app.get("/webchat/widget.js", { config: { public: true } }, async (_request, reply) =>
    reply
      .type("text/javascript; charset=utf-8")
      .header("cache-control", "public, max-age=300")
      .header("access-control-allow-origin", "*")
      .send(widgetLoaderScript),
  );

  app.get("/webchat/widget/:file", { config: { public: true } }, async (request, reply) => {
    const params = FileParams.safeParse(request.params);
    const body = params.success
      ? await readFile(join(widgetDir, params.data.file)).catch(() => undefined)
      : undefined;
    if (body === undefined)
      return reply.code(404).send({ error: { code: "not_found", message: "file: no such widget file" } });
    // Module scripts load in CORS mode from the embedding site's pages.
    return reply
      .type("text/javascript; charset=utf-8")
      .header("cache-control", "public, max-age=300")
      .header("access-control-allow-origin", "*")
      .send(body);
  });

  app.get("/webchat/demo", { config: { public: true } }, async (request, reply) => {
    const query = DemoQuery.safeParse(request.query);
    const wanted = query.success ? query.data.key : undefined;
    const account = (await accounts.list()).find(
      (a) => a.channel === "webchat" && (wanted === undefined || a.externalId === wanted),
    );
    if (account === undefined)
      return reply
        .code(404)
        .send({ error: { code: "not_found", message: "key: no web chat account to show" } });
    const lang = (query.success ? query.data.lang : undefined) ?? "en";
    return reply.type("text/html; charset=utf-8").send(demoPageHtml(account.externalId, account.name, lang));
  });
}
