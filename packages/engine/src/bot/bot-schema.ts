/**
 * A bot version as data: named modules of nodes, with exactly one welcome and one human agent module.
 * Structure only; references between modules are checked at publish time by `validateBot`.
 */
import { z } from "zod";
import { BotProfileSchema } from "./bot-profile-schema.js";
import { BotNodeSchema } from "./node-schema.js";

export const ModuleKindSchema = z.enum(["welcome", "human_agent", "standard"]);
export type ModuleKind = z.infer<typeof ModuleKindSchema>;

export const BotModuleSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { message: "1–64 letters, digits, _ or -" }),
    name: z.string().min(1),
    kind: ModuleKindSchema.default("standard"),
    nodes: z.array(BotNodeSchema),
  })
  .strict();
export type BotModule = z.infer<typeof BotModuleSchema>;

/** One version of a bot. Parse stored or imported JSON with it; errors carry the path of the field. */
export const BotSchema = z
  .object({
    name: z.string().min(1),
    modules: z.array(BotModuleSchema),
    /** What Messenger and Instagram show around the chat; absent in bots made before it existed. */
    profile: BotProfileSchema.optional(),
  })
  .strict()
  .superRefine((bot, ctx) => {
    const required: ModuleKind[] = ["welcome", "human_agent"];
    for (const kind of required) {
      const count = bot.modules.filter((m) => m.kind === kind).length;
      if (count !== 1)
        ctx.addIssue({
          code: "custom",
          path: ["modules"],
          message: `a bot needs exactly one ${kind} module, found ${count}`,
        });
    }
    const seen = new Set<string>();
    bot.modules.forEach((module, index) => {
      if (seen.has(module.id))
        ctx.addIssue({
          code: "custom",
          path: ["modules", index, "id"],
          message: `module id "${module.id}" is used twice`,
        });
      seen.add(module.id);
    });
  });

export type Bot = z.infer<typeof BotSchema>;
/** A bot before defaults are applied (what an author writes or an import contains). */
export type BotInput = z.input<typeof BotSchema>;
