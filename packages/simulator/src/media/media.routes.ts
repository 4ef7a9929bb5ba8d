/**
 * Media like the Cloud API (PLATFORMS.md A11): multipart upload → `{id}`, metadata with a download URL
 * that expires after 5 minutes, the bytes behind the business's bearer token, and delete.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { authorize, checkVersion } from "../graph/authorize.js";
import { GraphError, unknownObjectError } from "../graph/graph-error.js";
import { newNumericId } from "../graph/ids.js";
import { phoneNumberObject } from "../graph/phone-numbers.routes.js";
import { personObject } from "../messenger/meta-graph.routes.js";
import type { SimulatorRuntime } from "../runtime.js";
import { MEDIA_RULES, mediaKindOf } from "./media-store.js";
import { isValidMediaUrl, signedMediaUrl } from "./media-url.js";
import { multipartBoundary, parseMultipart } from "./parse-multipart.js";

const uploadParams = z.object({ version: z.string(), phoneNumberId: z.string() });
const mediaParams = z.object({ version: z.string(), mediaId: z.string() });
const downloadQuery = z.object({ ext: z.string().optional(), hash: z.string().optional() });
const metadataQuery = z.object({ phone_number_id: z.string().optional() });

export function registerMediaRoutes(app: FastifyInstance, runtime: SimulatorRuntime): void {
  app.post("/:version/:phoneNumberId/media", async (request) => {
    const { version, phoneNumberId } = uploadParams.parse(request.params);
    checkVersion(version, request.url);
    const owner = runtime.businesses.get(phoneNumberId);
    authorize(request, owner === undefined ? [] : [owner], runtime.businesses, phoneNumberId, "post");
    const boundary = multipartBoundary(request.headers["content-type"]);
    if (boundary === undefined || !Buffer.isBuffer(request.body)) {
      throw new GraphError(100, "(body): must be multipart/form-data with file, type and messaging_product");
    }
    const parts = parseMultipartOrThrow(request.body, boundary);
    const field = (name: string) => parts.find((part) => part.name === name);
    const product = field("messaging_product")?.data.toString("utf8");
    if (product === undefined) throw new GraphError(131008, "messaging_product: is required");
    if (product !== "whatsapp")
      throw new GraphError(100, `messaging_product: "${product}" is not "whatsapp"`);
    const file = field("file");
    if (file === undefined || file.filename === undefined) throw new GraphError(131008, "file: is required");
    const type = field("type")?.data.toString("utf8").trim();
    if (type === undefined || type === "")
      throw new GraphError(131008, "type: the MIME type of the file is required");
    const kind = mediaKindOf(type);
    if (kind === undefined) throw new GraphError(100, `type: ${type} is not a media type WhatsApp supports`);
    const limit = MEDIA_RULES[kind].maxBytes;
    if (file.data.length > limit) {
      throw new GraphError(
        131053,
        `file: ${file.data.length} bytes, WhatsApp allows ${limit} for ${kind} (${type})`,
      );
    }
    const media = runtime.media.add({
      id: newNumericId(),
      phoneNumberId,
      mimeType: type,
      data: Buffer.from(file.data),
      filename: file.filename,
      createdAt: runtime.now(),
    });
    return { id: media.id };
  });

  app.get("/:version/:mediaId", async (request) => {
    // The same two-segment path names phone numbers: answer those as phone number objects.
    const { version, mediaId } = mediaParams.parse(request.params);
    const number = runtime.media.get(mediaId) === undefined ? runtime.businesses.get(mediaId) : undefined;
    if (number !== undefined) {
      checkVersion(version, request.url);
      authorize(request, [number], runtime.businesses, mediaId, "get");
      return phoneNumberObject(number, request.query);
    }
    // …and people who message a Facebook page or Instagram account (their profile).
    const person =
      number === undefined && runtime.media.get(mediaId) === undefined
        ? personObject(request, runtime, mediaId)
        : undefined;
    if (person !== undefined) {
      checkVersion(version, request.url);
      return person;
    }
    const { media } = authorizeMedia(request, runtime, "get");
    const { phone_number_id: phoneNumberId } = metadataQuery.parse(request.query);
    if (phoneNumberId !== undefined && phoneNumberId !== media.phoneNumberId) {
      throw unknownObjectError(media.id, "get");
    }
    const base = `${request.protocol}://${request.host}${app.prefix}`;
    return {
      messaging_product: "whatsapp",
      url: signedMediaUrl(base, runtime.mediaUrlKey, media.id, runtime.now()),
      mime_type: media.mimeType,
      sha256: media.sha256,
      file_size: media.data.length,
      id: media.id,
    };
  });

  app.delete("/:version/:mediaId", async (request) => {
    const { media } = authorizeMedia(request, runtime, "delete");
    runtime.media.remove(media.id);
    return { success: true };
  });

  app.get("/media-download/:mediaId", async (request, reply) => {
    const { mediaId } = z.object({ mediaId: z.string() }).parse(request.params);
    const media = runtime.media.get(mediaId);
    const owner = media === undefined ? undefined : runtime.businesses.get(media.phoneNumberId);
    authorize(request, owner === undefined ? [] : [owner], runtime.businesses, mediaId, "get");
    const { ext, hash } = downloadQuery.parse(request.query);
    // The page asks without ext/hash; a URL from the metadata call must still be valid.
    const expired =
      ext !== undefined && !isValidMediaUrl(runtime.mediaUrlKey, mediaId, ext, hash, runtime.now());
    if (media === undefined || expired) {
      return reply.code(404).send(new GraphError(100, "the media URL is unknown or has expired").toJSON());
    }
    return reply
      .header("content-type", media.mimeType)
      .header("content-length", media.data.length)
      .header(
        "content-disposition",
        `attachment; filename="${(media.filename ?? media.id).replace(/"/g, "")}"`,
      )
      .send(media.data);
  });
}

function authorizeMedia(request: FastifyRequest, runtime: SimulatorRuntime, method: "get" | "delete") {
  const { version, mediaId } = mediaParams.parse(request.params);
  checkVersion(version, request.url);
  const media = runtime.media.get(mediaId);
  const owner = media === undefined ? undefined : runtime.businesses.get(media.phoneNumberId);
  const business = authorize(
    request,
    owner === undefined ? [] : [owner],
    runtime.businesses,
    mediaId,
    method,
  );
  if (media === undefined) throw unknownObjectError(mediaId, method);
  return { business, media };
}

function parseMultipartOrThrow(body: Buffer, boundary: string) {
  try {
    return parseMultipart(body, boundary);
  } catch (error) {
    throw new GraphError(
      100,
      `(body): malformed multipart/form-data: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
