/**
 * Every kind of node a module is made of. A module runs its nodes in order; some nodes jump to another
 * module, and ask, choice, wait and http_request pause until the matching event arrives.
 */
import { z } from "zod";
import { OutboundMessageSchema } from "@switchboard/core";
import { CarouselNodeSchema } from "./carousel-node-schema.js";
import { ChoiceNodeSchema } from "./choice-node-schema.js";
import { ConditionRuleSchema } from "./condition-schema.js";
import { RouteToStoreNodeSchema } from "./route-to-store-node-schema.js";

const ModuleRef = z.string().min(1);
const AttributeName = z.string().min(1);

export const AnswerValidationSchema = z.enum([
  "text",
  "number",
  "email",
  "phone",
  "date",
  "choice",
  "location",
]);
export type AnswerValidation = z.infer<typeof AnswerValidationSchema>;

const AskNodeSchema = z
  .object({
    kind: z.literal("ask"),
    /** The question. With `choice` validation it must be a choices message. */
    message: OutboundMessageSchema,
    /** Contact attribute the valid answer is stored in. */
    attribute: AttributeName,
    validation: AnswerValidationSchema.default("text"),
    /** Sent on an invalid answer; absent: the question is sent again. */
    retryMessage: OutboundMessageSchema.optional(),
    maxTries: z.number().int().min(1).default(3),
    /** Module to go to after `maxTries` invalid answers. Publishing requires it. */
    onGiveUp: ModuleRef.optional(),
  })
  .strict()
  .superRefine((node, ctx) => {
    if (node.validation === "choice" && node.message.kind !== "choices" && node.message.kind !== "carousel")
      ctx.addIssue({
        code: "custom",
        path: ["message", "kind"],
        message: `choice validation needs a choices or carousel message, got "${node.message.kind}"`,
      });
  });

const HttpRequestNodeSchema = z
  .object({
    kind: z.literal("http_request"),
    method: z.enum(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    /** `{{attribute}}` placeholders are filled from the contact's attributes. */
    url: z.string().min(1),
    headers: z.record(z.string(), z.string()).default({}),
    /** JSON body; `{{attribute}}` placeholders in its strings are filled. */
    body: z.json().optional(),
    /** Response JSON path (`data.items[0].name`) → contact attribute. */
    responseMap: z.record(z.string(), AttributeName).default({}),
    timeoutMs: z.number().int().min(100).max(30_000).default(10_000),
    /** Module to go to on a non-2xx status or a failed request; absent: the next node. */
    onError: ModuleRef.optional(),
  })
  .strict();

/** One node of a module. */
export const BotNodeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("send"), message: OutboundMessageSchema }).strict(),
  AskNodeSchema,
  ChoiceNodeSchema,
  CarouselNodeSchema,
  z
    .object({
      kind: z.literal("condition"),
      match: z.enum(["all", "any"]).default("all"),
      rules: z.array(ConditionRuleSchema).min(1),
      /** Module when the rules hold; absent: the next node. */
      then: ModuleRef.optional(),
      /** Module when they do not; absent: the next node. */
      else: ModuleRef.optional(),
    })
    .strict(),
  z.object({ kind: z.literal("set_tag"), tag: z.string().min(1) }).strict(),
  z.object({ kind: z.literal("remove_tag"), tag: z.string().min(1) }).strict(),
  z.object({ kind: z.literal("set_attribute"), attribute: AttributeName, value: z.string() }).strict(),
  z.object({ kind: z.literal("go_to"), module: ModuleRef }).strict(),
  z
    .object({
      kind: z.literal("random_split"),
      branches: z.array(z.object({ weight: z.number().positive(), module: ModuleRef }).strict()).min(1),
    })
    .strict(),
  z.object({ kind: z.literal("wait"), durationMs: z.number().int().positive() }).strict(),
  HttpRequestNodeSchema,
  z.object({ kind: z.literal("handover") }).strict(),
  RouteToStoreNodeSchema,
  z.object({ kind: z.literal("end") }).strict(),
]);

export type BotNode = z.infer<typeof BotNodeSchema>;
export type BotNodeInput = z.input<typeof BotNodeSchema>;
export type BotNodeKind = BotNode["kind"];
export type NodeOf<K extends BotNodeKind> = Extract<BotNode, { kind: K }>;
