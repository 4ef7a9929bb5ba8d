/**
 * Fills the variables of a saved reply when an agent inserts it: `{{contact.name}}`, `{{contact.phone}}`,
 * `{{contact.<attribute>}}` and `{{agent.name}}`, each with an optional fallback: `{{contact.name|there}}`.
 */
import type { OutboundMessage } from "@switchboard/core";
import { mapReaderTexts } from "./map-reader-texts.js";

/** Who the reply is for and who sends it, as the conversation knows them. */
export interface SavedReplyContext {
  contact: {
    /** The name the platform gives (WhatsApp profile name), if any. */
    name: string | null;
    /** `+` and digits, if known. */
    phone: string | null;
    /** The contact's attributes as stored; non-text values are written as JSON. */
    attributes: Readonly<Record<string, unknown>>;
  };
  agent: { name: string | null };
}

/** A variable a text names that is none of the known ones, with where it is. */
export interface UnknownVariable {
  path: string;
  name: string;
}

// `{{ name }}` or `{{ name | fallback }}`; the name allows what attribute names allow.
const PLACEHOLDER = /\{\{\s*([\w.-]+)\s*(?:\|([^{}]*))?\}\}/g;
// Anything in double braces, to catch placeholders that are not well formed (`{{contact name}}`).
const BRACED = /\{\{([^{}]*)\}\}/g;
const INSIDE = /^\s*([\w.-]+)\s*(?:\|[^{}]*)?$/;

/** True for `contact.name`, `contact.phone`, `contact.<attribute>` and `agent.name`. */
export function isSavedReplyVariable(name: string): boolean {
  return name === "agent.name" || /^contact\.[\w.-]+$/.test(name);
}

/**
 * The value of every variable for one conversation. Attributes come first, so an attribute `name` stands
 * in for `contact.name` when the platform gave no name; the platform's name and phone win otherwise.
 */
export function savedReplyVariables(context: SavedReplyContext): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(context.contact.attributes)) {
    const text = attributeText(value);
    if (text !== "") variables[`contact.${name}`] = text;
  }
  if (context.contact.name !== null && context.contact.name !== "")
    variables["contact.name"] = context.contact.name;
  if (context.contact.phone !== null && context.contact.phone !== "")
    variables["contact.phone"] = context.contact.phone;
  if (context.agent.name !== null && context.agent.name !== "") variables["agent.name"] = context.agent.name;
  return variables;
}

/** Replaces each placeholder with its value, else its fallback, else nothing. */
export function fillSavedReplyText(text: string, variables: Readonly<Record<string, string>>): string {
  return text.replace(PLACEHOLDER, (_, name: string, fallback: string | undefined) => {
    const value = variables[name];
    return value !== undefined && value !== "" ? value : (fallback?.trim() ?? "");
  });
}

/** Pure: the saved reply's message with every text the customer reads filled for this conversation. */
export function fillSavedReply(message: OutboundMessage, context: SavedReplyContext): OutboundMessage {
  const variables = savedReplyVariables(context);
  return mapReaderTexts(message, (text) => fillSavedReplyText(text, variables));
}

/**
 * Pure: every placeholder that would reach the customer unfilled or empty by mistake: an unknown name (a
 * typo such as `{{customer.name}}`) or braces that are no placeholder (`{{contact name}}`).
 */
export function unknownSavedReplyVariables(message: OutboundMessage): UnknownVariable[] {
  const unknown: UnknownVariable[] = [];
  mapReaderTexts(message, (text, path) => {
    for (const match of text.matchAll(BRACED)) {
      const inside = match[1] ?? "";
      const name = INSIDE.exec(inside)?.[1];
      if (name === undefined || !isSavedReplyVariable(name)) unknown.push({ path, name: inside.trim() });
    }
    return text;
  });
  return unknown;
}

function attributeText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
