/**
 * The choice node: a buttons or list message whose options each may go to a module and add or remove
 * tags. The options live on the node so that an option's behaviour can never point at a missing option.
 */
import { z } from "zod";
import { ChoicesFallbackSchema, HeaderSchema, OutboundMessageSchema } from "@switchboard/core";

/** One option the customer can tap or type (by number or title). */
export const ChoiceNodeOptionSchema = z
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    description: z.string().optional(),
    /** Module to continue with; absent: the next node of this module. */
    goTo: z.string().min(1).optional(),
    addTags: z.array(z.string().min(1)).default([]),
    removeTags: z.array(z.string().min(1)).default([]),
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
    /** Contact attribute to store the chosen option's title in. */
    attribute: z.string().min(1).optional(),
    /** Sent on an unmatched reply; absent: the choice is sent again. */
    retryMessage: OutboundMessageSchema.optional(),
    maxTries: z.number().int().min(1).default(3),
    /** Module to go to after `maxTries` unmatched replies; absent: keep asking. */
    onGiveUp: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((node, ctx) => {
    const seen = new Set<string>();
    node.sections.forEach((section, s) =>
      section.options.forEach((option, o) => {
        if (seen.has(option.id))
          ctx.addIssue({
            code: "custom",
            path: ["sections", s, "options", o, "id"],
            message: `option id "${option.id}" is used twice in this choice`,
          });
        seen.add(option.id);
      }),
    );
  });
export type ChoiceNode = z.infer<typeof ChoiceNodeSchema>;
