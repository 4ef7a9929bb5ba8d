/** The standalone simulator's settings: the only reader of process.env in this package. */
import { z } from "zod";

const ConfigSchema = z.object({
  /** Port of the Graph API look-alike, the control API and the phone page. */
  SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  /** Interface to listen on. */
  HOST: z.string().min(1).default("127.0.0.1"),
});

export type SimulatorConfig = z.infer<typeof ConfigSchema>;

/** The configuration, or every problem with it (`KEY: rule`). Empty values count as unset. */
export function readSimulatorConfig(
  env: Record<string, string | undefined> = process.env,
): { ok: true; config: SimulatorConfig } | { ok: false; problems: string[] } {
  const parsed = ConfigSchema.safeParse({
    SIMULATOR_PORT: env["SIMULATOR_PORT"] || undefined,
    HOST: env["HOST"] || undefined,
  });
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`),
  };
}
