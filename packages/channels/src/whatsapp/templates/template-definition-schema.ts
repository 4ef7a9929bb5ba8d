/**
 * The channel-neutral definition of a WhatsApp message template as the registry stores it: what
 * `validateWhatsAppTemplate` checks and `toWhatsAppTemplateCreateRequest` submits (PLATFORMS.md A5.1–A5.2).
 */
import { z } from "zod";

/** Example values by variable: `{ "1": "Jessica" }` (positional) or `{ first_name: "Jessica" }` (named). */
export const TemplateExamplesSchema = z.record(z.string(), z.string());
export type TemplateExamples = z.infer<typeof TemplateExamplesSchema>;

/** A sample of a media header: the handle the Resumable Upload API returned, or a URL still to upload. */
export const TemplateMediaExampleSchema = z.union([
  z.object({ handle: z.string() }).strict(),
  z.object({ url: z.string() }).strict(),
]);
export type TemplateMediaExample = z.infer<typeof TemplateMediaExampleSchema>;

export const TemplateHeaderSchema = z.discriminatedUnion("format", [
  z
    .object({ format: z.literal("text"), text: z.string(), examples: TemplateExamplesSchema.optional() })
    .strict(),
  z
    .object({
      format: z.enum(["image", "video", "gif", "document"]),
      example: TemplateMediaExampleSchema,
    })
    .strict(),
  /** Latitude and longitude are given at send time. */
  z.object({ format: z.literal("location") }).strict(),
]);
export type TemplateHeader = z.infer<typeof TemplateHeaderSchema>;

export const TemplateButtonSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("quick_reply"), text: z.string() }).strict(),
  z
    .object({
      type: z.literal("url"),
      text: z.string(),
      /** May end with the one variable `{{1}}`, e.g. `https://shop.example/orders/{{1}}`. */
      url: z.string(),
      /** Sample value of that variable (required when the URL has one). */
      example: z.string().optional(),
    })
    .strict(),
  z.object({ type: z.literal("phone_number"), text: z.string(), phoneNumber: z.string() }).strict(),
  /** A coupon code the customer copies; the code is given at send time, `example` is its sample. */
  z.object({ type: z.literal("copy_code"), example: z.string() }).strict(),
  z
    .object({
      type: z.literal("flow"),
      text: z.string(),
      flowId: z.string(),
      flowAction: z.enum(["navigate", "data_exchange"]).optional(),
      navigateScreen: z.string().optional(),
    })
    .strict(),
  /** The one-time-password button of an authentication template; the code is given at send time. */
  z
    .object({
      type: z.literal("otp"),
      otpType: z.enum(["copy_code", "one_tap", "zero_tap"]),
      text: z.string().optional(),
    })
    .strict(),
]);
export type TemplateButton = z.infer<typeof TemplateButtonSchema>;
export type TemplateButtonType = TemplateButton["type"];

export const TemplateCategorySchema = z.enum(["marketing", "utility", "authentication"]);
export type TemplateCategory = z.infer<typeof TemplateCategorySchema>;

export const TemplateParameterFormatSchema = z.enum(["positional", "named"]);
export type TemplateParameterFormat = z.infer<typeof TemplateParameterFormatSchema>;

/**
 * One template in one language. Authentication templates take no header and no body text (Meta writes
 * it: "{{1}} is your verification code"), only `authentication` options and one `otp` button.
 */
export const TemplateDefinitionSchema = z
  .object({
    name: z.string(),
    /** Meta's code, e.g. `en`, `en_US`, `zh_TW`. */
    language: z.string(),
    category: TemplateCategorySchema,
    parameterFormat: TemplateParameterFormatSchema.default("positional"),
    header: TemplateHeaderSchema.optional(),
    /** Required, except in authentication templates where it must be left out. */
    body: z.object({ text: z.string(), examples: TemplateExamplesSchema.optional() }).strict().optional(),
    footer: z.object({ text: z.string() }).strict().optional(),
    buttons: z.array(TemplateButtonSchema).optional(),
    authentication: z
      .object({
        addSecurityRecommendation: z.boolean().optional(),
        codeExpirationMinutes: z.number().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

/** A template as stored, defaults applied. */
export type TemplateDefinition = z.infer<typeof TemplateDefinitionSchema>;
/** The same, before defaults (what an API client may send). */
export type TemplateDefinitionInput = z.input<typeof TemplateDefinitionSchema>;
