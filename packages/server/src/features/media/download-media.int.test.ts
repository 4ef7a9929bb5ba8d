import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually, startTestSwitchboard } from "../../testing/test-switchboard.js";
import type { TestSwitchboard } from "../../testing/test-switchboard.js";
import { testDialects } from "../../testing/test-databases.js";

// A 1×1 PNG.
const png = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

describe.each(testDialects)("inbound media on %s", (dialect) => {
  let h: TestSwitchboard;
  beforeAll(async () => {
    h = await startTestSwitchboard(dialect, { statusWebhooks: false });
  });
  afterAll(async () => h.close());

  it("downloads a customer's photo through its media id and keeps it under DATA_DIR", async () => {
    await h.customerSends("886955000001", {
      type: "image",
      mimeType: "image/png",
      dataBase64: png.toString("base64"),
      caption: "this shade?",
    });
    const stored = await eventually(
      async () => h.database.db.selectFrom("media").selectAll().executeTakeFirst(),
      "the stored media",
    );
    expect(stored.mime_type).toBe("image/png");
    expect(stored.size_bytes).toBe(png.length);
    expect(readFileSync(stored.location).equals(png)).toBe(true);
    expect(stored.sha256).toBe(createHash("sha256").update(png).digest("hex"));
    const message = await h.database.db
      .selectFrom("messages")
      .select("content")
      .where("direction", "=", "inbound")
      .executeTakeFirstOrThrow();
    const id = (
      await h.database.db
        .selectFrom("messages")
        .select("id")
        .where("direction", "=", "inbound")
        .executeTakeFirstOrThrow()
    ).id;
    const served = await fetch(`${h.switchboard.url}/api/v1/messages/${id}/media`, {
      headers: { authorization: `Bearer ${h.switchboard.adminToken}` },
    });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect((await fetch(`${h.switchboard.url}/api/v1/messages/${id}/media`)).status).toBe(401);
    expect(JSON.parse(message.content)).toMatchObject({
      kind: "media",
      mediaType: "image",
      caption: "this shade?",
      mediaId: stored.provider_media_id,
    });
  });
});
