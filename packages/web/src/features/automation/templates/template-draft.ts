/** The template form's state and the definition it submits (positional `{{1}}` variables). */
import type {
  TemplateButtonInput,
  TemplateCategory,
  TemplateDefinitionInput,
  TemplateHeaderInput,
} from "../../../api/automation-types";
import { examplesFor } from "./template-variables";

export type HeaderFormat = "none" | "text" | "image" | "video" | "document" | "location";
export const headerFormats: readonly HeaderFormat[] = [
  "none",
  "text",
  "image",
  "video",
  "document",
  "location",
];

export type ButtonType = "quick_reply" | "url" | "phone_number";
export const buttonTypes: readonly ButtonType[] = ["quick_reply", "url", "phone_number"];

export const templateCategories: readonly TemplateCategory[] = ["marketing", "utility", "authentication"];

/** One button row; only the inputs of its type are shown and sent. */
export interface ButtonDraft {
  type: ButtonType;
  text: string;
  url: string;
  /** Sample value of the URL's `{{1}}`. */
  example: string;
  phoneNumber: string;
}

export interface TemplateDraft {
  name: string;
  language: string;
  category: TemplateCategory;
  headerFormat: HeaderFormat;
  headerText: string;
  /** Examples by variable name; kept for variables no longer in the text, sent only for those in it. */
  headerExamples: Record<string, string>;
  /** The media sample's handle from WhatsApp's Resumable Upload API. */
  headerHandle: string;
  bodyText: string;
  bodyExamples: Record<string, string>;
  footerText: string;
  buttons: ButtonDraft[];
  /** Authentication templates: the OTP button's label, and the options WhatsApp writes into the text. */
  otpText: string;
  securityRecommendation: boolean;
  codeExpirationMinutes: string;
}

export function newTemplateDraft(): TemplateDraft {
  return {
    name: "",
    language: "zh_TW",
    category: "utility",
    headerFormat: "none",
    headerText: "",
    headerExamples: {},
    headerHandle: "",
    bodyText: "",
    bodyExamples: {},
    footerText: "",
    buttons: [],
    otpText: "",
    securityRecommendation: true,
    codeExpirationMinutes: "",
  };
}

export function newButtonDraft(type: ButtonType): ButtonDraft {
  return { type, text: "", url: "", example: "", phoneNumber: "" };
}

function headerOf(draft: TemplateDraft): TemplateHeaderInput | undefined {
  switch (draft.headerFormat) {
    case "none":
      return undefined;
    case "text": {
      const examples = examplesFor(draft.headerText, draft.headerExamples);
      return { format: "text", text: draft.headerText, ...(examples ? { examples } : {}) };
    }
    case "location":
      return { format: "location" };
    default:
      return { format: draft.headerFormat, example: { handle: draft.headerHandle.trim() } };
  }
}

function buttonOf(button: ButtonDraft): TemplateButtonInput {
  switch (button.type) {
    case "quick_reply":
      return { type: "quick_reply", text: button.text };
    case "phone_number":
      return { type: "phone_number", text: button.text, phoneNumber: button.phoneNumber.trim() };
    case "url": {
      const url = button.url.trim();
      return url.includes("{{")
        ? { type: "url", text: button.text, url, example: button.example }
        : { type: "url", text: button.text, url };
    }
  }
}

function authenticationOf(draft: TemplateDraft): TemplateDefinitionInput {
  const minutes = draft.codeExpirationMinutes.trim();
  const otp: TemplateButtonInput = { type: "otp", otpType: "copy_code" };
  if (draft.otpText.trim() !== "") otp.text = draft.otpText.trim();
  return {
    name: draft.name.trim(),
    language: draft.language.trim(),
    category: "authentication",
    buttons: [otp],
    authentication: {
      addSecurityRecommendation: draft.securityRecommendation,
      ...(minutes === "" ? {} : { codeExpirationMinutes: Number(minutes) }),
    },
  };
}

/**
 * Pure: the form → the definition to submit. Texts go as written (WhatsApp's rules on spaces and
 * variables are the server's to report), names, codes, URLs and numbers trimmed; empty header, footer
 * and button list are left out; examples only for the variables each text holds.
 */
export function templateRequestOf(draft: TemplateDraft): TemplateDefinitionInput {
  if (draft.category === "authentication") return authenticationOf(draft);
  const definition: TemplateDefinitionInput = {
    name: draft.name.trim(),
    language: draft.language.trim(),
    category: draft.category,
  };
  const header = headerOf(draft);
  if (header) definition.header = header;
  const bodyExamples = examplesFor(draft.bodyText, draft.bodyExamples);
  definition.body = { text: draft.bodyText, ...(bodyExamples ? { examples: bodyExamples } : {}) };
  if (draft.footerText !== "") definition.footer = { text: draft.footerText };
  if (draft.buttons.length > 0) definition.buttons = draft.buttons.map(buttonOf);
  return definition;
}
