/** Writes a template definition as the body of `POST /{WABA_ID}/message_templates` (PLATFORMS.md A5.1–A5.2). */
import { findTemplateVariables } from "./find-template-variables.js";
import type {
  TemplateButton,
  TemplateCategory,
  TemplateDefinition,
  TemplateExamples,
  TemplateHeader,
} from "./template-definition-schema.js";

const CATEGORY: Record<TemplateCategory, WhatsAppTemplateCreateRequest["category"]> = {
  marketing: "MARKETING",
  utility: "UTILITY",
  authentication: "AUTHENTICATION",
};
const MEDIA_FORMAT: Record<Exclude<TemplateHeader["format"], "text" | "location">, MediaFormat> = {
  image: "IMAGE",
  video: "VIDEO",
  gif: "GIF",
  document: "DOCUMENT",
};
const OTP_TYPE: Record<Extract<TemplateButton, { type: "otp" }>["otpType"], OtpType> = {
  copy_code: "COPY_CODE",
  one_tap: "ONE_TAP",
  zero_tap: "ZERO_TAP",
};

type MediaFormat = "IMAGE" | "VIDEO" | "GIF" | "DOCUMENT";
type OtpType = "COPY_CODE" | "ONE_TAP" | "ZERO_TAP";
type NamedExamples = { param_name: string; example: string }[];

export type WhatsAppTemplateButtonCreate =
  | { type: "QUICK_REPLY"; text: string }
  | { type: "URL"; text: string; url: string; example?: string[] }
  | { type: "PHONE_NUMBER"; text: string; phone_number: string }
  | { type: "COPY_CODE"; example: string }
  | { type: "FLOW"; text: string; flow_id: string; flow_action?: string; navigate_screen?: string }
  | { type: "OTP"; otp_type: OtpType; text?: string };

export type WhatsAppTemplateComponentCreate =
  | {
      type: "HEADER";
      format: "TEXT";
      text: string;
      example?: { header_text: string[] } | { header_text_named_params: NamedExamples };
    }
  | { type: "HEADER"; format: MediaFormat; example?: { header_handle: string[] } }
  | { type: "HEADER"; format: "LOCATION" }
  | {
      type: "BODY";
      text: string;
      example?: { body_text: string[][] } | { body_text_named_params: NamedExamples };
    }
  | { type: "BODY"; add_security_recommendation?: boolean }
  | { type: "FOOTER"; text: string }
  | { type: "FOOTER"; code_expiration_minutes: number }
  | { type: "BUTTONS"; buttons: WhatsAppTemplateButtonCreate[] };

/** The JSON body Meta takes to create one template in one language. */
export interface WhatsAppTemplateCreateRequest {
  name: string;
  language: string;
  category: "MARKETING" | "UTILITY" | "AUTHENTICATION";
  parameter_format: "positional" | "named";
  components: WhatsAppTemplateComponentCreate[];
}

/** The variable names of `text` in order, each once. */
function namesIn(text: string): string[] {
  return [...new Set(findTemplateVariables(text).map((variable) => variable.name))];
}

function positionalExamples(text: string, examples: TemplateExamples | undefined): string[] {
  return namesIn(text).map((name) => examples?.[name] ?? "");
}

function namedExamples(text: string, examples: TemplateExamples | undefined): NamedExamples {
  return namesIn(text).map((name) => ({ param_name: name, example: examples?.[name] ?? "" }));
}

function headerComponent(
  definition: TemplateDefinition,
  header: TemplateHeader,
): WhatsAppTemplateComponentCreate {
  switch (header.format) {
    case "text": {
      if (namesIn(header.text).length === 0) return { type: "HEADER", format: "TEXT", text: header.text };
      const example =
        definition.parameterFormat === "named"
          ? { header_text_named_params: namedExamples(header.text, header.examples) }
          : { header_text: positionalExamples(header.text, header.examples) };
      return { type: "HEADER", format: "TEXT", text: header.text, example };
    }
    case "location":
      return { type: "HEADER", format: "LOCATION" };
    default: {
      const format = MEDIA_FORMAT[header.format];
      // Only an upload handle is a valid sample; a URL is reported by validateWhatsAppTemplate.
      if (!("handle" in header.example)) return { type: "HEADER", format };
      return { type: "HEADER", format, example: { header_handle: [header.example.handle] } };
    }
  }
}

function bodyComponent(definition: TemplateDefinition): WhatsAppTemplateComponentCreate | undefined {
  const { body } = definition;
  if (body === undefined) return undefined;
  if (namesIn(body.text).length === 0) return { type: "BODY", text: body.text };
  const example =
    definition.parameterFormat === "named"
      ? { body_text_named_params: namedExamples(body.text, body.examples) }
      : { body_text: [positionalExamples(body.text, body.examples)] };
  return { type: "BODY", text: body.text, example };
}

function urlExample(url: string, example: string | undefined): string[] | undefined {
  const variable = findTemplateVariables(url).at(-1);
  if (variable === undefined || example === undefined) return undefined;
  // Meta's sample for a URL button is the whole URL with its variable filled in.
  return [url.slice(0, variable.start) + example + url.slice(variable.end)];
}

function buttonCreate(button: TemplateButton): WhatsAppTemplateButtonCreate {
  switch (button.type) {
    case "quick_reply":
      return { type: "QUICK_REPLY", text: button.text };
    case "url": {
      const example = urlExample(button.url, button.example);
      return {
        type: "URL",
        text: button.text,
        url: button.url,
        ...(example === undefined ? {} : { example }),
      };
    }
    case "phone_number":
      return { type: "PHONE_NUMBER", text: button.text, phone_number: button.phoneNumber };
    case "copy_code":
      return { type: "COPY_CODE", example: button.example };
    case "flow":
      return {
        type: "FLOW",
        text: button.text,
        flow_id: button.flowId,
        ...(button.flowAction === undefined ? {} : { flow_action: button.flowAction }),
        ...(button.navigateScreen === undefined ? {} : { navigate_screen: button.navigateScreen }),
      };
    case "otp": {
      return {
        type: "OTP",
        otp_type: OTP_TYPE[button.otpType],
        ...(button.text === undefined ? {} : { text: button.text }),
      };
    }
  }
}

function authenticationComponents(definition: TemplateDefinition): WhatsAppTemplateComponentCreate[] {
  const options = definition.authentication ?? {};
  const components: WhatsAppTemplateComponentCreate[] = [
    options.addSecurityRecommendation === undefined
      ? { type: "BODY" }
      : { type: "BODY", add_security_recommendation: options.addSecurityRecommendation },
  ];
  if (options.codeExpirationMinutes !== undefined) {
    components.push({ type: "FOOTER", code_expiration_minutes: options.codeExpirationMinutes });
  }
  return components;
}

/**
 * The create request for a definition `validateWhatsAppTemplate` accepted: components in Meta's order
 * HEADER, BODY, FOOTER, BUTTONS, each variable's example in its `example` object. Authentication
 * templates get Meta's fixed body (with the security recommendation) and the code expiry as footer.
 */
export function toWhatsAppTemplateCreateRequest(
  definition: TemplateDefinition,
): WhatsAppTemplateCreateRequest {
  const components: WhatsAppTemplateComponentCreate[] = [];
  if (definition.header !== undefined) components.push(headerComponent(definition, definition.header));
  if (definition.category === "authentication") {
    components.push(...authenticationComponents(definition));
  } else {
    const body = bodyComponent(definition);
    if (body !== undefined) components.push(body);
    if (definition.footer !== undefined) components.push({ type: "FOOTER", text: definition.footer.text });
  }
  const buttons = definition.buttons ?? [];
  if (buttons.length > 0) components.push({ type: "BUTTONS", buttons: buttons.map(buttonCreate) });
  return {
    name: definition.name,
    language: definition.language,
    category: CATEGORY[definition.category],
    parameter_format: definition.parameterFormat,
    components,
  };
}
