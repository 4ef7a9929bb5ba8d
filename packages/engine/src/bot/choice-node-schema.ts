/**
 * The choice node: a buttons or list message whose options each may go to a module and add or remove
 * tags. The options live on the node so that an option's behaviour can never point at a missing option.
 */
import { z } from "zod";
import { ChoicesFallbackSchema, HeaderSchema } from "@switchboard/core";
import { answerSettingsShape, optionOutcomeShape } from "./answer-shapes.js";
import { reportRepeatedIds } from "./report-repeated-ids.js";

/** One option the customer can tap or type (by number or title). */
export const ChoiceNodeOptionSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    description: z.string().optional(),
    ...optionOutcomeShape,
  })
  .strict();
export type ChoiceNodeOption = z.infer<typeof ChoiceNodeOptionSchema>;

export const ChoiceNodeSchema = z
  .object({
    kind: z.literal("choice"),
    header: HeaderSchema.optional(),
    body: z.string(),
    footer: z.string().optional(),
    style: z.enum(["auto", "buttons", "list"]).default("auto"),
    listButton: z.string().optional(),
    sections: z
      .array(
        z.object({ title: z.string().optional(), options: z.array(ChoiceNodeOptionSchema).min(1) }).strict(),
      )
      .min(1),
    /** What a channel does when it cannot show this many options natively; absent: refuse. */
    fallback: ChoicesFallbackSchema.optional(),
    ...answerSettingsShape,
  })
  .strict()
  .superRefine((node, ctx) =>
    reportRepeatedIds(
      ctx,
      node.sections.flatMap((section, s) =>
        section.options.map((option, o) => ({ id: option.id, path: ["sections", s, "options", o, "id"] })),
      ),
      (id) => `option id "${id}" is used twice in this choice`,
    ),
  );
export type ChoiceNode = z.infer<typeof ChoiceNodeSchema>;
