/** What message renderers may do: they draw, and hand every tap back to the app through this object. */
import type { ChatItem, CustomerMessage } from "./api.js";
import type { TemplateDefinition } from "./graph-api.js";

export interface RenderContext {
  /** Sends a message as the selected customer to the selected business. */
  send(message: CustomerMessage): void;
  /** Opens the location picker; the shared location quotes `contextId` when given. */
  openLocationPicker(contextId: string | undefined): void;
  /** Opens the emoji row to react to message `wamid`. */
  openReactionPicker(wamid: string): void;
  /** A short notice at the top of the phone screen. */
  notify(message: string): void;
  /** A displayable URL for an uploaded medium, or undefined when it cannot be fetched. */
  mediaUrl(mediaId: string): Promise<string | undefined>;
  /** The business's template definition with that name and language, when the Graph API has it. */
  template(name: string, language: string): Promise<TemplateDefinition | undefined>;
  /** An earlier chat item, for quoted replies and reactions. */
  find(wamid: string): ChatItem | undefined;
}
