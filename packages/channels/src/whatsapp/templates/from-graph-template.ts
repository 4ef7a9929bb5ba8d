/**
 * Reads a template as `GET /{WABA_ID}/message_templates` lists it back into the neutral definition
 * (the reverse of `toWhatsAppTemplateCreateRequest`), so templates created elsewhere join the registry.
 */
import { z } from "zod";
import { err, ok, type Result } from "@switchboard/core";
import { findTemplateVariables } from "./find-template-variables.js";
import type {
  TemplateButton,
  TemplateCategory,
  TemplateDefinition,
  TemplateExamples,
  TemplateHeader,
} from "./template-definition-schema.js";

const NamedExamples = z.array(z.object({ param_name: z.string(), example: z.string() }));
const Example = z
  .object({
    header_text: z.array(z.string()).optional(),
    header_text_named_params: NamedExamples.optional(),
    header_handle: z.array(z.string()).optional(),
    body_text: z.array(z.array(z.string())).optional(),
    body_text_named_params: NamedExamples.optional(),
  })
  .optional()
  .catch(undefined);
const Button = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  url: z.string().optional(),
  phone_number: z.string().optional(),
  example: z.union([z.string(), z.array(z.string())]).optional(),
  otp_type: z.string().optional(),
  flow_id: z.union([z.string(), z.number()]).optional(),
  flow_action: z.string().optional(),
  navigate_screen: z.string().optional(),
});
const Component = z.looseObject({
  type: z.string(),
  format: z.string().optional(),
  text: z.string().optional(),
  add_security_recommendation: z.boolean().optional(),
  code_expiration_minutes: z.number().optional(),
  example: Example,
  buttons: z.array(Button).optional(),
});

/** One template of Meta's listing, as far as the registry reads it. */
export const WhatsAppTemplateInfoSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  name: z.string(),
  language: z.string(),
  status: z.string(),
  category: z.string(),
  parameter_format: z.string().optional(),
  components: z.array(Component).default([]),
  /** Meta's rejection reason code, `NONE` when there is none. */
  rejected_reason: z.string().optional(),
});
export type WhatsAppTemplateInfo = z.infer<typeof WhatsAppTemplateInfoSchema>;

type GraphComponent = z.infer<typeof Component>;
type GraphButton = z.infer<typeof Button>;
type NamedExampleList = z.infer<typeof NamedExamples>;

const CATEGORY: Record<string, TemplateCategory> = {
  MARKETING: "marketing",
  UTILITY: "utility",
  AUTHENTICATION: "authentication",
};
const MEDIA: Record<string, "image" | "video" | "gif" | "document"> = {
  IMAGE: "image",
  VIDEO: "video",
  GIF: "gif",
  DOCUMENT: "document",
};
const OTP: Record<string, "copy_code" | "one_tap" | "zero_tap"> = {
  COPY_CODE: "copy_code",
  ONE_TAP: "one_tap",
  ZERO_TAP: "zero_tap",
};

/** Thrown inside this file only, for a component the neutral definition cannot hold. */
class Unsupported extends Error {}

function namesIn(text: string): string[] {
  return [...new Set(findTemplateVariables(text).map((variable) => variable.name))];
}

/** Examples keyed by variable: positional ones follow the variables' order, named ones carry the name. */
function examplesOf(
  text: string,
  positional: string[] | undefined,
  named: NamedExampleList | undefined,
): TemplateExamples | undefined {
  const examples: TemplateExamples = {};
  if (named !== undefined) for (const item of named) examples[item.param_name] = item.example;
  if (positional !== undefined) {
    namesIn(text).forEach((name, i) => {
      const example = positional[i];
      if (example !== undefined) examples[name] = example;
    });
  }
  return Object.keys(examples).length === 0 ? undefined : examples;
}

function headerOf(component: GraphComponent, where: string): TemplateHeader {
  const format = (component.format ?? "").toUpperCase();
  if (format === "TEXT") {
    const text = component.text ?? "";
    const examples = examplesOf(
      text,
      component.example?.header_text,
      component.example?.header_text_named_params,
    );
    return examples === undefined ? { format: "text", text } : { format: "text", text, examples };
  }
  if (format === "LOCATION") return { format: "location" };
  const media = MEDIA[format];
  if (media === undefined) throw new Unsupported(`${where}.format: ${format || "(none)"} headers`);
  return { format: media, example: { handle: component.example?.header_handle?.[0] ?? "" } };
}

/** Meta's sample of a URL button is the whole URL; the definition keeps the variable's value only. */
function urlVariableExample(url: string, example: string | undefined): string | undefined {
  const variable = findTemplateVariables(url).at(-1);
  if (variable === undefined || example === undefined) return undefined;
  const before = url.slice(0, variable.start);
  const after = url.slice(variable.end);
  if (example.startsWith(before) && example.endsWith(after) && example.length >= before.length + after.length)
    return example.slice(before.length, example.length - after.length);
  return example;
}

/** Authentication buttons may be listed as `URL` buttons whose URL names the `otp_type`. */
function otpTypeOf(button: GraphButton, authentication: boolean): string | undefined {
  if (button.type.toUpperCase() === "OTP") return (button.otp_type ?? "").toUpperCase();
  if (!authentication || button.type.toUpperCase() !== "URL" || button.url === undefined) return undefined;
  return /[?&]otp_type=([A-Za-z_]+)/.exec(button.url)?.[1]?.toUpperCase();
}

function buttonOf(button: GraphButton, authentication: boolean, where: string): TemplateButton {
  const text = button.text ?? "";
  const first = Array.isArray(button.example) ? button.example[0] : button.example;
  const otpType = otpTypeOf(button, authentication);
  if (otpType !== undefined) {
    const otp = OTP[otpType];
    if (otp === undefined) throw new Unsupported(`${where}.otp_type: ${otpType || "(none)"} codes`);
    return button.text === undefined ? { type: "otp", otpType: otp } : { type: "otp", otpType: otp, text };
  }
  switch (button.type.toUpperCase()) {
    case "QUICK_REPLY":
      return { type: "quick_reply", text };
    case "URL": {
      const url = button.url ?? "";
      const example = urlVariableExample(url, first);
      return example === undefined ? { type: "url", text, url } : { type: "url", text, url, example };
    }
    case "PHONE_NUMBER":
      return { type: "phone_number", text, phoneNumber: button.phone_number ?? "" };
    case "COPY_CODE":
      return { type: "copy_code", example: first ?? "" };
    case "FLOW": {
      const action = button.flow_action;
      return {
        type: "flow",
        text,
        flowId: String(button.flow_id ?? ""),
        ...(action === "navigate" || action === "data_exchange" ? { flowAction: action } : {}),
        ...(button.navigate_screen === undefined ? {} : { navigateScreen: button.navigate_screen }),
      };
    }
    default:
      throw new Unsupported(`${where}.type: ${button.type} buttons`);
  }
}

function applyComponent(
  definition: TemplateDefinition,
  component: GraphComponent,
  where: string,
): TemplateDefinition {
  const authentication = definition.category === "authentication";
  switch (component.type.toUpperCase()) {
    case "HEADER":
      return { ...definition, header: headerOf(component, where) };
    case "BODY": {
      if (authentication) {
        // Meta writes the body of authentication templates; only its option comes back to the definition.
        const add = component.add_security_recommendation;
        if (add === undefined) return definition;
        return {
          ...definition,
          authentication: { ...definition.authentication, addSecurityRecommendation: add },
        };
      }
      const text = component.text ?? "";
      const examples = examplesOf(
        text,
        component.example?.body_text?.[0],
        component.example?.body_text_named_params,
      );
      return { ...definition, body: examples === undefined ? { text } : { text, examples } };
    }
    case "FOOTER": {
      if (!authentication) return { ...definition, footer: { text: component.text ?? "" } };
      const minutes = component.code_expiration_minutes;
      if (minutes === undefined) return definition;
      return {
        ...definition,
        authentication: { ...definition.authentication, codeExpirationMinutes: minutes },
      };
    }
    case "BUTTONS":
      return {
        ...definition,
        buttons: (component.buttons ?? []).map((button, i) =>
          buttonOf(button, authentication, `${where}.buttons[${i}]`),
        ),
      };
    default:
      throw new Unsupported(`${where}.type: ${component.type} components`);
  }
}

/**
 * The neutral definition of a listed template, or a sentence naming the part it cannot hold (catalog
 * and multi-product buttons, unknown categories). Examples come back keyed by variable; a URL button's
 * example is the variable's value. Pure; the result is not validated (Meta already holds the template).
 */
export function fromWhatsAppTemplate(info: WhatsAppTemplateInfo): Result<TemplateDefinition, string> {
  const category = CATEGORY[info.category.toUpperCase()];
  if (category === undefined) {
    return err(`${info.name} (${info.language}): category ${info.category} is not one the registry holds`);
  }
  let definition: TemplateDefinition = {
    name: info.name,
    language: info.language,
    category,
    parameterFormat: info.parameter_format?.toLowerCase() === "named" ? "named" : "positional",
  };
  try {
    info.components.forEach((component, i) => {
      definition = applyComponent(definition, component, `components[${i}]`);
    });
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    return err(`${info.name} (${info.language}): ${error.message} are not supported by the registry`);
  }
  return ok(definition);
}
