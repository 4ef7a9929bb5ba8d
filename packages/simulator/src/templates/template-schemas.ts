/** The shape of `POST /{waba-id}/message_templates` (PLATFORMS.md A5.1–A5.2); the rules live in check-template-definition. */
import { z } from "zod";

const upper = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (typeof value === "string" ? value.toUpperCase() : value), z.enum(values));

const namedExamples = z.array(z.strictObject({ param_name: z.string(), example: z.string() }));

export const templateButtonSchema = z.looseObject({
  type: upper([
    "QUICK_REPLY",
    "URL",
    "PHONE_NUMBER",
    "COPY_CODE",
    "OTP",
    "FLOW",
    "CATALOG",
    "MPM",
    "SPM",
    "VOICE_CALL",
  ]),
  text: z.string().optional(),
  url: z.string().optional(),
  phone_number: z.string().optional(),
  example: z.union([z.string(), z.array(z.string())]).optional(),
  otp_type: upper(["COPY_CODE", "ONE_TAP", "ZERO_TAP"]).optional(),
  flow_id: z.union([z.string(), z.number()]).optional(),
  flow_name: z.string().optional(),
  flow_json: z.string().optional(),
  flow_action: z.enum(["navigate", "data_exchange"]).optional(),
  navigate_screen: z.string().optional(),
});

export const templateComponentDefSchema = z.looseObject({
  type: upper(["HEADER", "BODY", "FOOTER", "BUTTONS"]),
  format: upper(["TEXT", "IMAGE", "VIDEO", "GIF", "DOCUMENT", "LOCATION"]).optional(),
  text: z.string().optional(),
  add_security_recommendation: z.boolean().optional(),
  code_expiration_minutes: z.number().int().optional(),
  example: z
    .looseObject({
      header_text: z.array(z.string()).optional(),
      header_text_named_params: namedExamples.optional(),
      header_handle: z.array(z.string()).optional(),
      body_text: z.array(z.array(z.string())).optional(),
      body_text_named_params: namedExamples.optional(),
    })
    .optional(),
  buttons: z.array(templateButtonSchema).optional(),
});

export const templateCreateSchema = z.strictObject({
  name: z.string(),
  language: z.string().regex(/^[a-z]{2,3}(_[A-Z]{2,4})?$/, "must be a language code such as en or en_US"),
  category: upper(["MARKETING", "UTILITY", "AUTHENTICATION"]),
  parameter_format: z.preprocess(
    (value) => (typeof value === "string" ? value.toLowerCase() : value),
    z.enum(["positional", "named"]).default("positional"),
  ),
  allow_category_change: z.boolean().optional(),
  message_send_ttl_seconds: z.number().int().optional(),
  components: z.array(templateComponentDefSchema).min(1),
});

export type TemplateCreateInput = z.infer<typeof templateCreateSchema>;
export type TemplateComponentDef = z.infer<typeof templateComponentDefSchema>;
export type TemplateButtonDef = z.infer<typeof templateButtonSchema>;
