import { describe, expect, it } from "vitest";
import { multipartBoundary, parseMultipart } from "./parse-multipart.js";

describe("parseMultipart", () => {
  it("reads what the platform's FormData writes, binary files included", async () => {
    const bytes = Buffer.from([0, 13, 10, 45, 45, 255, 1, 2]);
    const form = new FormData();
    form.set("messaging_product", "whatsapp");
    form.set("file", new Blob([bytes], { type: "image/png" }), "a b.png");
    const request = new Request("http://x/", { method: "POST", body: form });
    const boundary = multipartBoundary(request.headers.get("content-type") ?? undefined);
    expect(boundary).toBeDefined();
    const parts = parseMultipart(Buffer.from(await request.arrayBuffer()), boundary ?? "");
    expect(parts.map((p) => p.name)).toEqual(["messaging_product", "file"]);
    expect(parts[0]?.data.toString()).toBe("whatsapp");
    expect(parts[1]).toMatchObject({ filename: "a b.png", contentType: "image/png" });
    expect(parts[1]?.data.equals(bytes)).toBe(true);
  });

  it("finds quoted boundaries and refuses broken bodies", () => {
    expect(multipartBoundary('multipart/form-data; boundary="abc def"')).toBe("abc def");
    expect(() => parseMultipart(Buffer.from("no boundary here"), "zzz")).toThrow(/boundary/);
    expect(() =>
      parseMultipart(Buffer.from('--b\r\nContent-Disposition: form-data; name="x"\r\n\r\nvalue'), "b"),
    ).toThrow(/not closed/);
  });
});
