/**
 * Meta's review-time rules for a new template (PLATFORMS.md A5.1–A5.2): name, components, limits,
 * parameters with examples, buttons and their grouping. Throws the GraphError Meta answers with.
 */
import { GraphError } from "../graph/graph-error.js";
import type { TemplateButtonDef, TemplateComponentDef, TemplateCreateInput } from "./template-schemas.js";
import { templatePlaceholders } from "./template-placeholders.js";

/** Meta's subcode for a field over its limit. */
const TOO_LONG = 2388040;
/** Meta's subcode for a parameter at the very start or end of the body. */
const DANGLING_PARAMETER = 2388299;

interface Problem {
  subcode?: number;
  text: string;
}

export function checkTemplateDefinition(input: TemplateCreateInput): void {
  const problems: Problem[] = [];
  const add = (text: string, subcode?: number) =>
    problems.push(subcode === undefined ? { text } : { text, subcode });
  if (!/^[a-z0-9_]{1,512}$/.test(input.name)) {
    add("name: use only lowercase letters, digits and underscores, at most 512 characters");
  }
  const of = (type: string) => input.components.filter((component) => component.type === type);
  const bodies = of("BODY");
  if (bodies.length !== 1) add(`components: exactly one BODY is required, found ${bodies.length}`);
  for (const type of ["HEADER", "FOOTER", "BUTTONS"]) {
    if (of(type).length > 1) add(`components: at most one ${type}`);
  }
  const auth = input.category === "AUTHENTICATION";
  input.components.forEach((component, index) => {
    const at = `components[${index}]`;
    if (component.type === "HEADER") checkHeader(component, at, input, add);
    if (component.type === "BODY" && !auth) checkBody(component, at, input, add);
    if (component.type === "FOOTER") checkFooter(component, at, auth, add);
    if (component.type === "BUTTONS") checkButtons(component.buttons ?? [], `${at}.buttons`, auth, add);
  });
  const first = problems[0];
  if (first !== undefined) {
    throw new GraphError(100, problems.map((p) => p.text).join("; "), {
      message: "Invalid parameter",
      ...(first.subcode === undefined ? {} : { subcode: first.subcode }),
      userTitle: "Template is not valid",
    });
  }
}

type Add = (text: string, subcode?: number) => void;

function checkHeader(header: TemplateComponentDef, at: string, input: TemplateCreateInput, add: Add): void {
  const format = header.format;
  if (format === undefined) return add(`${at}.format: is required`);
  if (format === "TEXT") {
    const text = header.text ?? "";
    if (text === "") add(`${at}.text: is required for a TEXT header`);
    if (text.length > 60) add(`${at}.text: ${text.length} characters, WhatsApp allows 60`, TOO_LONG);
    const names = templatePlaceholders(text);
    if (names.length > 1) add(`${at}.text: a header takes at most one parameter, found ${names.length}`);
    checkParameters(names, `${at}.text`, input.parameter_format, add);
    if (names.length === 1) {
      const example =
        input.parameter_format === "named"
          ? header.example?.header_text_named_params?.length
          : header.example?.header_text?.length;
      if (example !== 1) add(`${at}.example: the header parameter needs an example value`);
    }
  } else if (format === "LOCATION") {
    if (input.category === "AUTHENTICATION")
      add(`${at}.format: LOCATION headers are for UTILITY and MARKETING only`);
  } else if ((header.example?.header_handle?.length ?? 0) < 1) {
    add(`${at}.example.header_handle: a ${format} header needs a sample media handle`);
  }
}

function checkBody(body: TemplateComponentDef, at: string, input: TemplateCreateInput, add: Add): void {
  const text = body.text ?? "";
  if (text === "") return add(`${at}.text: is required`);
  if (text.length > 1024) add(`${at}.text: ${text.length} characters, WhatsApp allows 1024`, TOO_LONG);
  const names = templatePlaceholders(text);
  checkParameters(names, `${at}.text`, input.parameter_format, add);
  if (names.length === 0) return;
  if (/^\s*\{\{[^{}]*\}\}|\{\{[^{}]*\}\}\s*$/.test(text)) {
    add(`${at}.text: a parameter may not be at the very start or end of the body`, DANGLING_PARAMETER);
  }
  if (/\}\}\s*\{\{/.test(text)) add(`${at}.text: parameters need text between them`);
  if (input.parameter_format === "named") {
    const given = new Set((body.example?.body_text_named_params ?? []).map((p) => p.param_name));
    const missing = names.filter((name) => !given.has(name));
    if (missing.length > 0) add(`${at}.example.body_text_named_params: no example for ${missing.join(", ")}`);
  } else {
    const row = body.example?.body_text?.[0];
    if (row?.length !== names.length) {
      add(
        `${at}.example.body_text: needs one example row with ${names.length} values, got ${row?.length ?? 0}`,
      );
    }
  }
}

function checkFooter(footer: TemplateComponentDef, at: string, auth: boolean, add: Add): void {
  if (auth) {
    const minutes = footer.code_expiration_minutes;
    if (minutes !== undefined && (minutes < 1 || minutes > 90))
      add(`${at}.code_expiration_minutes: must be 1–90`);
    return;
  }
  const text = footer.text ?? "";
  if (text === "") add(`${at}.text: is required`);
  if (text.length > 60) add(`${at}.text: ${text.length} characters, WhatsApp allows 60`, TOO_LONG);
  if (templatePlaceholders(text).length > 0) add(`${at}.text: a footer cannot hold parameters`);
}

const MAX_PER_TYPE: Record<string, number> = { QUICK_REPLY: 10, URL: 2, PHONE_NUMBER: 1, COPY_CODE: 1 };

function checkButtons(buttons: TemplateButtonDef[], at: string, auth: boolean, add: Add): void {
  if (buttons.length < 1 || buttons.length > 10)
    add(`${at}: ${buttons.length} buttons, WhatsApp allows 1–10`);
  for (const [type, max] of Object.entries(MAX_PER_TYPE)) {
    const count = buttons.filter((button) => button.type === type).length;
    if (count > max) add(`${at}: ${count} ${type} buttons, WhatsApp allows ${max}`);
  }
  const groups = buttons
    .map((b) => b.type === "QUICK_REPLY")
    .filter((qr, i, all) => i === 0 || qr !== all[i - 1]);
  if (groups.length > 2)
    add(`${at}: quick-reply buttons and other buttons must form two groups, not interleave`);
  buttons.forEach((button, index) => {
    const here = `${at}[${index}]`;
    if (auth !== (button.type === "OTP")) {
      add(
        `${here}.type: ${auth ? "authentication templates take only OTP buttons" : "OTP buttons are for authentication templates"}`,
      );
    }
    if (["QUICK_REPLY", "URL", "PHONE_NUMBER", "FLOW"].includes(button.type)) {
      const text = button.text ?? "";
      if (text === "") add(`${here}.text: is required`);
      if (text.length > 25) add(`${here}.text: ${text.length} characters, WhatsApp allows 25`, TOO_LONG);
    }
    if (button.type === "URL") checkUrlButton(button, here, add);
    if (button.type === "PHONE_NUMBER") {
      const phone = button.phone_number ?? "";
      if (phone === "" || phone.length > 20) add(`${here}.phone_number: required, at most 20 characters`);
    }
    if (button.type === "COPY_CODE") {
      const example = typeof button.example === "string" ? button.example : (button.example?.[0] ?? "");
      if (example === "" || example.length > 15)
        add(`${here}.example: the sample code is required, at most 15 characters`);
    }
    if (button.type === "OTP" && button.otp_type === undefined) add(`${here}.otp_type: is required`);
  });
}

function checkUrlButton(button: TemplateButtonDef, here: string, add: Add): void {
  const url = button.url ?? "";
  if (!/^https?:\/\/\S+$/.test(url)) add(`${here}.url: must be an http(s) URL`);
  if (url.length > 2000) add(`${here}.url: ${url.length} characters, WhatsApp allows 2000`, TOO_LONG);
  const names = templatePlaceholders(url);
  if (names.length > 1) add(`${here}.url: at most one parameter`);
  if (names.length === 1) {
    if (!/\{\{[^{}]*\}\}$/.test(url)) add(`${here}.url: the parameter must be at the end of the URL`);
    const example = typeof button.example === "string" ? button.example : button.example?.[0];
    if (example === undefined || example === "") add(`${here}.example: the URL parameter needs an example`);
  }
}

function checkParameters(names: string[], at: string, format: "positional" | "named", add: Add): void {
  if (format === "named") {
    const bad = names.filter((name) => !/^[a-z][a-z0-9_]*$/.test(name));
    if (bad.length > 0)
      add(`${at}: named parameters must be lowercase letters, digits and underscores (${bad.join(", ")})`);
    return;
  }
  const numbers = names.map((name) => (/^\d+$/.test(name) ? Number(name) : NaN)).sort((a, b) => a - b);
  if (numbers.some((n, i) => n !== i + 1)) {
    add(
      `${at}: positional parameters must be numbered {{1}}, {{2}}, … without gaps, found ${names.map((n) => `{{${n}}}`).join(", ")}`,
    );
  }
}
