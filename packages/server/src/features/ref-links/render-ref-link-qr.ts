/** Draws the QR code of a ref link's url, as a PNG for print or an SVG for the console. */
import QRCode from "qrcode";

export type QrFormat = "png" | "svg";

/** Medium error correction (15%) survives a small logo or a smudge; a 4-module quiet zone as the spec asks. */
const QR_OPTIONS = { errorCorrectionLevel: "M", margin: 4 } as const;

export async function renderRefLinkQr(url: string, format: QrFormat): Promise<Buffer | string> {
  if (format === "png") return QRCode.toBuffer(url, { ...QR_OPTIONS, type: "png", width: 512 });
  return QRCode.toString(url, { ...QR_OPTIONS, type: "svg" });
}
