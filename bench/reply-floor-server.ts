// The answering floor, run as its own process: a bare node:http webhook endpoint that verifies the
// signature, parses, answers 200 and then sends one fixed reply (a one-row list) through the Graph API,
// over keep-alive, for every customer message: the least any server that answers must do. Storing
// nothing and deciding nothing, it bounds what Switchboard can reach with the same driver and simulator
// on the same machine. Settings come as JSON in the first argument; prints its port once listening.
import { createHmac, timingSafeEqual } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { z } from "zod";

const Settings = z.object({
  appSecret: z.string(),
  accessToken: z.string(),
  graphUrl: z.string().url(),
  phoneNumberId: z.string(),
});
const settings = Settings.parse(JSON.parse(process.argv[2] ?? "{}"));
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const graph = new URL(`${settings.graphUrl}/v25.0/${settings.phoneNumberId}/messages`);

const WebhookBody = z.object({
  entry: z.array(
    z.object({
      changes: z.array(
        z.object({ value: z.object({ messages: z.array(z.object({ from: z.string() })).optional() }) }),
      ),
    }),
  ),
});

/** The wa_id of each customer message in a WhatsApp webhook body. */
function sendersOf(body: unknown): string[] {
  return WebhookBody.parse(body).entry.flatMap((entry) =>
    entry.changes.flatMap((change) => (change.value.messages ?? []).map((message) => message.from)),
  );
}

function reply(to: string): void {
  const body = JSON.stringify({
    messaging_product: "whatsapp",
    to,
    type: "interactive",
    interactive: {
      type: "list",
      body: { text: "Which one?" },
      action: { button: "Choose", sections: [{ rows: [{ id: "floor", title: "Floor" }] }] },
    },
  });
  const request = http.request(
    {
      agent,
      host: graph.hostname,
      port: graph.port,
      path: graph.pathname,
      method: "POST",
      headers: {
        authorization: `Bearer ${settings.accessToken}`,
        "content-type": "application/json",
        "content-length": Buffer.byteLength(body),
      },
    },
    (response) => response.resume(),
  );
  request.on("error", (error) => console.error("reply floor: send failed", error));
  request.end(body);
}

const server = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const raw = Buffer.concat(chunks);
    const expected = Buffer.from(
      `sha256=${createHmac("sha256", settings.appSecret).update(raw).digest("hex")}`,
    );
    const given = Buffer.from(String(request.headers["x-hub-signature-256"] ?? ""));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      response.writeHead(401).end();
      return;
    }
    const body: unknown = JSON.parse(raw.toString("utf8"));
    response.writeHead(200, { "content-type": "application/json" }).end('{"ok":true}');
    for (const to of sendersOf(body)) reply(to);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address: AddressInfo | string | null = server.address();
  console.log(typeof address === "object" && address !== null ? address.port : 0);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
