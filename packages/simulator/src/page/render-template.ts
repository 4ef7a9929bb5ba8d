/** Template messages: the definition with its parameters filled in when the Graph API has it, else a readable list. */
import { ctaLink } from "./cta-link.js";
import { button, el, replaceChildren, type Child } from "./element.js";
import { formatText } from "./format-text.js";
import type { TemplateButton, TemplateDefinition } from "./graph-api.js";
import { type Fields, fields, items, text } from "./payload-fields.js";
import type { RenderContext } from "./render-context.js";
import { renderLocation, locationSummary } from "./render-location.js";
import { isMediaKind, renderMedia } from "./render-media.js";
import type { Rendered } from "./rendered.js";

interface SentTemplate {
  name: string;
  language: string;
  header: Fields[];
  body: Fields[];
  /** Button parameters by button index. */
  buttons: Map<number, { subType: string; parameters: Fields[] }>;
}

/**
 * `rendered` is the server's filled-in text of the approved template, when it has one; otherwise the
 * definition is read from the Graph API, and until then (or without it) the parameters are listed.
 */
export function renderTemplate(
  template: Fields,
  rendered: unknown,
  wamid: string,
  ctx: RenderContext,
): Rendered {
  const sent = readTemplate(template);
  const content = el("div", { class: "template__content" }, ...readableParameters(sent, ctx));
  const actions = el("div", { class: "template-actions" }, ...payloadButtons(sent, wamid, ctx));
  const show = (definition: TemplateDefinition | undefined) => {
    if (definition === undefined) return;
    replaceChildren(content, filledDefinition(definition, sent, ctx));
    actions.replaceChildren(...definitionButtons(definition, sent, wamid, ctx));
  };
  const known = fromRendered(rendered, sent);
  if (known !== undefined) show(known);
  else void ctx.template(sent.name, sent.language).then(show);
  const tag = el(
    "div",
    { class: "template__tag", "data-testid": "template-name" },
    `${sent.name} · ${sent.language}`,
  );
  return {
    content: [el("div", { class: "template", "data-testid": "template" }, tag, content)],
    actions: [actions],
  };
}

function readTemplate(template: Fields): SentTemplate {
  const components = items(template.components).map(fields);
  const parametersOf = (type: string) =>
    items(components.find((c) => text(c.type)?.toLowerCase() === type)?.parameters).map(fields);
  const buttons = new Map<number, { subType: string; parameters: Fields[] }>();
  components
    .filter((c) => text(c.type)?.toLowerCase() === "button")
    .forEach((c, position) => {
      const index = Number(text(c.index) ?? position);
      const subType = text(c.sub_type)?.toLowerCase() ?? "";
      buttons.set(Number.isInteger(index) ? index : position, {
        subType,
        parameters: items(c.parameters).map(fields),
      });
    });
  return {
    name: text(template.name) ?? "template",
    language: text(fields(template.language).code) ?? text(template.language) ?? "",
    header: parametersOf("header"),
    body: parametersOf("body"),
    buttons,
  };
}

/** The server's rendering: plain text, or `{ header?, body?, footer?, buttons? }` with the values filled in. */
function fromRendered(rendered: unknown, sent: SentTemplate): TemplateDefinition | undefined {
  if (rendered === undefined || rendered === null) return undefined;
  const base = { name: sent.name, language: sent.language, headerFormat: undefined, headerText: undefined };
  if (typeof rendered === "string") return { ...base, body: rendered, footer: undefined, buttons: [] };
  const f = fields(rendered);
  const header = text(f.header) ?? text(fields(f.header).text);
  const body = text(f.body) ?? text(fields(f.body).text);
  if (body === undefined) return undefined;
  return {
    ...base,
    headerFormat: header === undefined ? undefined : "TEXT",
    headerText: header,
    body,
    footer: text(f.footer) ?? text(fields(f.footer).text),
    buttons: items(f.buttons)
      .map(fields)
      .map((b) => ({ type: text(b.type)?.toUpperCase() ?? "", text: text(b.text) ?? "", url: text(b.url) })),
  };
}

/** The parameter as a person reads it. */
function valueOf(parameter: Fields): string {
  const type = text(parameter.type) ?? "";
  const value = fields(parameter[type]);
  switch (type) {
    case "text":
      return text(parameter.text) ?? "";
    case "currency": {
      const amount = Number(text(value.amount_1000) ?? NaN) / 1000;
      return text(value.fallback_value) ?? `${amount} ${text(value.code) ?? ""}`.trim();
    }
    case "date_time":
      return text(value.fallback_value) ?? "date";
    case "location":
      return locationSummary(value);
    case "payload":
      return text(parameter.payload) ?? "";
    case "coupon_code":
      return text(parameter.coupon_code) ?? "";
    default:
      return `[${type}]`;
  }
}

function headerMedia(sent: SentTemplate, ctx: RenderContext): Child {
  const parameter = sent.header[0];
  const type = text(parameter?.type);
  if (parameter === undefined || type === undefined) return null;
  if (isMediaKind(type)) return renderMedia(type, fields(parameter[type]), ctx);
  if (type === "location") return renderLocation(fields(parameter.location));
  return null;
}

function readableParameters(sent: SentTemplate, ctx: RenderContext): Child[] {
  const rows: Child[] = [];
  const headerText = sent.header.find((p) => text(p.type) === "text");
  if (headerText !== undefined) rows.push(parameterRow("Header", valueOf(headerText)));
  sent.body.forEach((p, i) => rows.push(parameterRow(`{{${text(p.parameter_name) ?? i + 1}}}`, valueOf(p))));
  for (const [index, entry] of sent.buttons) {
    if (entry.subType === "quick_reply") continue;
    rows.push(parameterRow(`Button ${index} (${entry.subType})`, entry.parameters.map(valueOf).join(", ")));
  }
  if (rows.length === 0) rows.push(el("div", { class: "muted" }, "No parameters"));
  return [headerMedia(sent, ctx), el("dl", { class: "template__parameters" }, ...rows)];
}

function parameterRow(label: string, value: string): HTMLElement {
  return el("div", { class: "template__parameter" }, el("dt", {}, label), el("dd", {}, value));
}

/** `{{1}}` (positional) or `{{first_name}}` (named) replaced by the sent values. */
function fill(template: string, parameters: Fields[]): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => {
    const named = parameters.find((p) => text(p.parameter_name) === key);
    const parameter = named ?? (/^\d+$/.test(key) ? parameters[Number(key) - 1] : undefined);
    return parameter === undefined ? whole : valueOf(parameter);
  });
}

function filledDefinition(definition: TemplateDefinition, sent: SentTemplate, ctx: RenderContext): Child[] {
  const header =
    definition.headerFormat === "TEXT" && definition.headerText !== undefined
      ? el("div", { class: "interactive__header" }, fill(definition.headerText, sent.header))
      : headerMedia(sent, ctx);
  return [
    header,
    definition.body !== undefined &&
      el("div", { class: "interactive__body" }, formatText(fill(definition.body, sent.body))),
    definition.footer !== undefined && el("div", { class: "interactive__footer" }, definition.footer),
  ];
}

function quickReply(label: string, payload: string, wamid: string, ctx: RenderContext): HTMLElement {
  return button(
    label,
    { class: "action-button", "data-testid": "template-reply-button", "data-payload": payload },
    () => ctx.send({ type: "button", payload, text: label, contextId: wamid }),
  );
}

/** Without the definition only the sent quick-reply payloads are known; they double as labels. */
function payloadButtons(sent: SentTemplate, wamid: string, ctx: RenderContext): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const entry of sent.buttons.values()) {
    if (entry.subType !== "quick_reply") continue;
    const payload = entry.parameters.map(valueOf).join("");
    out.push(quickReply(payload, payload, wamid, ctx));
  }
  return out;
}

function definitionButtons(
  definition: TemplateDefinition,
  sent: SentTemplate,
  wamid: string,
  ctx: RenderContext,
): HTMLElement[] {
  return definition.buttons.map((definitionButton, index) => {
    const parameters = sent.buttons.get(index)?.parameters ?? [];
    const value = parameters.map(valueOf).join("");
    return definitionButtonElement(definitionButton, value, wamid, ctx);
  });
}

function definitionButtonElement(
  definitionButton: TemplateButton,
  value: string,
  wamid: string,
  ctx: RenderContext,
): HTMLElement {
  const label = definitionButton.text;
  switch (definitionButton.type) {
    case "QUICK_REPLY":
      // With no payload parameter WhatsApp reports the label as the payload.
      return quickReply(label, value === "" ? label : value, wamid, ctx);
    case "URL":
      return ctaLink(label, definitionButton.url?.replace(/\{\{\s*\w+\s*\}\}/, encodeURIComponent(value)));
    case "COPY_CODE":
      return button(label || "Copy code", { class: "action-button", "data-testid": "copy-code" }, () =>
        ctx.notify(`Code: ${value}`),
      );
    default:
      return el("span", { class: "action-button is-disabled", title: definitionButton.type }, label);
  }
}
