/**
 * GET /api/v1/ref-links/:id/qr.png and /qr.svg — the QR code of a ref link's url. Besides the bearer
 * header these two accept `?token=` so that the console can show them in an <img>.
 */
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { AppError } from "@switchboard/core";
import type { ChannelAccountRepository } from "../features/channel-accounts/channel-account.repository.js";
import type { RefLinkRepository } from "../features/ref-links/ref-link.repository.js";
import { refLinkUrl } from "../features/ref-links/ref-link.js";
import { renderRefLinkQr } from "../features/ref-links/render-ref-link-qr.js";
import type { QrFormat } from "../features/ref-links/render-ref-link-qr.js";
import { IdParams } from "./api-schemas.js";
import { orNotFound } from "./automation-route-parts.js";
import { RequestValidationError } from "./route-registry.js";

const QrQuery = z.object({
  /** `1`: answer as a file download named after the code. */
  download: z.enum(["0", "1"]).optional(),
  token: z.string().optional(),
});

const CONTENT_TYPES: Record<QrFormat, string> = { png: "image/png", svg: "image/svg+xml" };

export function registerRefLinkQrRoutes(
  app: FastifyInstance,
  accounts: ChannelAccountRepository,
  refLinks: RefLinkRepository,
): void {
  for (const format of ["png", "svg"] as const) {
    app.get(
      `/api/v1/ref-links/:id/qr.${format}`,
      { config: { queryToken: true } },
      async (request, reply) => {
        const params = IdParams.safeParse(request.params);
        if (!params.success) throw new RequestValidationError([{ path: "params.id", message: "required" }]);
        const query = QrQuery.safeParse(request.query);
        if (!query.success) {
          throw new RequestValidationError(
            query.error.issues.map((i) => ({ path: ["query", ...i.path].join("."), message: i.message })),
          );
        }
        const link = orNotFound(await refLinks.get(params.data.id), `ref link ${params.data.id}`);
        const account = await accounts.get(link.channelAccountId);
        const url = refLinkUrl(account?.settings.displayPhoneNumber, link.code);
        if (url === undefined) {
          throw new AppError(
            "display_phone_number_missing",
            409,
            `ref link ${link.id}: channel account ${link.channelAccountId} has no settings.displayPhoneNumber, so the link has no url`,
          );
        }
        reply.type(CONTENT_TYPES[format]).header("cache-control", "private, max-age=300");
        if (query.data.download === "1") {
          reply.header("content-disposition", attachment(`${link.code}.${format}`));
        }
        return reply.send(await renderRefLinkQr(url, format));
      },
    );
  }
}

/**
 * `attachment; filename="<ascii>"; filename*=UTF-8''<encoded>` (RFC 6266): codes may be CJK, which a
 * quoted filename cannot carry.
 */
function attachment(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "_");
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
