/** Turns a file the customer picks into a media message (the simulator stores it and sends its id). */
import type { CustomerMessage } from "./api.js";

/** WhatsApp's largest medium (documents); images and videos have lower limits the business may enforce. */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;

export async function toMediaMessage(file: File, caption: string): Promise<CustomerMessage> {
  const mimeType = file.type === "" ? "application/octet-stream" : file.type;
  const kind = kindOf(mimeType);
  const dataBase64 = await readBase64(file);
  const withCaption = caption !== "" && kind !== "audio" && kind !== "sticker" ? { caption } : {};
  return kind === "document"
    ? { type: kind, mimeType, dataBase64, filename: file.name, ...withCaption }
    : { type: kind, mimeType, dataBase64, ...withCaption };
}

function kindOf(mimeType: string): "image" | "video" | "audio" | "document" | "sticker" {
  if (mimeType === "image/webp") return "sticker";
  if (mimeType === "image/jpeg" || mimeType === "image/png") return "image";
  if (mimeType.startsWith("video/")) return "video";
  if (mimeType.startsWith("audio/")) return "audio";
  return "document";
}

function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.addEventListener("load", () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      resolve(url.slice(url.indexOf(",") + 1));
    });
    reader.addEventListener("error", () => reject(reader.error ?? new Error("cannot read the file")));
    reader.readAsDataURL(file);
  });
}
