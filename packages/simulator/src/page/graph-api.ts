/** The two Graph API reads the page needs: uploaded media bytes and template definitions. */
import type { Business } from "./api.js";
import { fields, isDefined, items, text } from "./payload-fields.js";

/** Any version is accepted by the simulator's Graph API look-alike. */
const GRAPH_VERSION = "v21.0";

export interface TemplateButton {
  type: string;
  text: string;
  url: string | undefined;
}

/** The parts of an approved template the chat shows, read from `message_templates`. */
export interface TemplateDefinition {
  name: string;
  language: string;
  headerFormat: string | undefined;
  headerText: string | undefined;
  body: string | undefined;
  footer: string | undefined;
  buttons: TemplateButton[];
}

/** The bytes of an uploaded medium; like Meta's download URL it needs the business's token. */
export async function downloadMedia(mediaId: string, accessToken: string): Promise<Blob | undefined> {
  const response = await fetch(`media-download/${encodeURIComponent(mediaId)}`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return response.ok ? response.blob() : undefined;
}

export async function loadTemplateDefinitions(business: Business): Promise<TemplateDefinition[]> {
  if (business.accessToken === undefined || business.wabaId === "") return [];
  const path = `${GRAPH_VERSION}/${encodeURIComponent(business.wabaId)}/message_templates?limit=1000`;
  const response = await fetch(path, { headers: { authorization: `Bearer ${business.accessToken}` } });
  if (!response.ok) return [];
  const body = fields(await response.json().catch(() => undefined));
  return items(body.data).map(toDefinition).filter(isDefined);
}

function toDefinition(value: unknown): TemplateDefinition | undefined {
  const f = fields(value);
  const name = text(f.name);
  if (name === undefined) return undefined;
  const components = items(f.components).map(fields);
  const find = (type: string) => components.find((c) => text(c.type)?.toUpperCase() === type);
  const header = find("HEADER");
  return {
    name,
    language: text(f.language) ?? "",
    headerFormat: text(header?.format)?.toUpperCase(),
    headerText: text(header?.text),
    body: text(find("BODY")?.text),
    footer: text(find("FOOTER")?.text),
    buttons: items(find("BUTTONS")?.buttons)
      .map(fields)
      .map((b) => ({ type: text(b.type)?.toUpperCase() ?? "", text: text(b.text) ?? "", url: text(b.url) })),
  };
}
