/** Which template form field shows a problem, from the definition path the server names. */
import type { ButtonDraft, TemplateDraft } from "./template-draft";
import { templateVariableNames } from "./template-variables";

export type ButtonField = "text" | "url" | "example" | "phoneNumber";

export type TemplateField =
  | "name"
  | "language"
  | "category"
  | "header"
  | "header.text"
  | "header.handle"
  | `header.example.${string}`
  | "body"
  | "body.text"
  | `body.example.${string}`
  | "footer"
  | "buttons"
  | `button.${number}`
  | `button.${number}.${ButtonField}`
  | "authentication"
  | "authentication.codeExpirationMinutes";

const EXAMPLE = /^(header|body)\.examples(?:\[([^\]]+)\]|\.(.+))$/;
const BUTTON = /^buttons\[(\d+)\](?:\.(\w+))?/;

function isButtonField(value: string | undefined): value is ButtonField {
  return value === "text" || value === "url" || value === "example" || value === "phoneNumber";
}

/**
 * Pure: `body.examples[2]` → `body.example.2`, `buttons[1].url` → `button.1.url`,
 * `header.example.handle` → `header.handle`… Undefined for paths no field shows.
 */
export function templateFieldOf(path: string): TemplateField | undefined {
  if (path === "name" || path === "language" || path === "category") return path;
  const example = EXAMPLE.exec(path);
  if (example) {
    const part = example[1] === "header" ? "header" : "body";
    return `${part}.example.${example[2] ?? example[3] ?? ""}`;
  }
  if (path === "header.text" || path === "body.text") return path;
  if (path.startsWith("header.example")) return "header.handle";
  if (path === "header" || path.startsWith("header.")) return "header";
  if (path === "body" || path.startsWith("body.")) return "body";
  if (path === "footer" || path.startsWith("footer.")) return "footer";
  const button = BUTTON.exec(path);
  if (button) {
    const index = Number(button[1]);
    return isButtonField(button[2]) ? `button.${index}.${button[2]}` : `button.${index}`;
  }
  if (path === "buttons") return "buttons";
  if (path === "authentication.codeExpirationMinutes") return path;
  if (path.startsWith("authentication")) return "authentication";
  return undefined;
}

/** Pure: the inputs a button row shows; the URL's example only once the URL holds a variable. */
export function buttonFieldsOf(button: ButtonDraft): ButtonField[] {
  if (button.type === "quick_reply") return ["text"];
  if (button.type === "phone_number") return ["text", "phoneNumber"];
  return button.url.includes("{{") ? ["text", "url", "example"] : ["text", "url"];
}

const AUTH_FIELDS: readonly TemplateField[] = [
  "name",
  "language",
  "category",
  "authentication",
  "authentication.codeExpirationMinutes",
  "button.0.text",
];

/** Pure: whether the form shows `field` for this draft; problems of hidden fields go above the buttons. */
export function isTemplateFieldShown(field: TemplateField, draft: TemplateDraft): boolean {
  if (draft.category === "authentication") return AUTH_FIELDS.includes(field);
  if (field.startsWith("authentication")) return false;
  const example = /^(header|body)\.example\.(.*)$/.exec(field);
  if (example) {
    const isHeader = example[1] === "header";
    if (isHeader && draft.headerFormat !== "text") return false;
    return templateVariableNames(isHeader ? draft.headerText : draft.bodyText).includes(example[2] ?? "");
  }
  if (field === "header.text") return draft.headerFormat === "text";
  if (field === "header.handle") {
    return (
      draft.headerFormat === "image" || draft.headerFormat === "video" || draft.headerFormat === "document"
    );
  }
  const button = /^button\.(\d+)(?:\.(\w+))?$/.exec(field);
  if (button) {
    const row = draft.buttons[Number(button[1])];
    if (row === undefined) return false;
    return button[2] === undefined || buttonFieldsOf(row).some((f) => f === button[2]);
  }
  return true;
}
