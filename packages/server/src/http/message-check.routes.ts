/** POST /api/v1/messages/check: compiles a neutral message for channels, for live previews and limits. */
import { z } from "zod";
import { EVERY_ROLE } from "./auth.js";
import { OutboundMessageSchema } from "@switchboard/core";
import type { ChannelDriver } from "../features/channels/channel-driver.js";
import { none } from "./route-registry.js";
import type { RouteRegistry } from "./route-registry.js";

const ViolationView = z.object({ path: z.string(), message: z.string() });
const ResultView = z.object({
  channel: z.string(),
  ok: z.boolean(),
  violations: z.array(ViolationView),
  payload: z.unknown().optional(),
});

export function registerMessageCheckRoutes(
  routes: RouteRegistry,
  drivers: ReadonlyMap<string, ChannelDriver>,
): void {
  routes.add({
    method: "POST",
    url: "/api/v1/messages/check",
    allow: EVERY_ROLE,
    summary:
      "Compile a neutral message for each channel: every broken limit with its path, or the native payload",
    params: none,
    query: none,
    tag: "Messages",
    body: z.object({ message: z.unknown(), channels: z.array(z.string().min(1)).min(1) }).strict(),
    response: z.object({ results: z.array(ResultView) }),
    handler: async ({ body }) => {
      const parsed = OutboundMessageSchema.safeParse(body.message);
      const results = body.channels.map((channel) => {
        if (!parsed.success) {
          const violations = parsed.error.issues.map((issue) => ({
            path: pathText(issue.path),
            message: issue.message,
          }));
          return { channel, ok: false, violations };
        }
        const driver = drivers.get(channel);
        if (driver === undefined)
          return {
            channel,
            ok: false,
            violations: [{ path: "", message: `no ${channel} channel is configured` }],
          };
        const compiled = driver.compile(parsed.data);
        return compiled.ok
          ? { channel, ok: true, violations: [], payload: compiled.value }
          : {
              channel,
              ok: false,
              violations: compiled.error.map((v) => ({ path: v.path, message: v.message })),
            };
      });
      return { results };
    },
  });
}

/** A zod issue path in the compiler's notation: `sections[0].options[2].title`. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === "number") return `${text}[${part}]`;
    return text === "" ? String(part) : `${text}.${String(part)}`;
  }, "");
}
