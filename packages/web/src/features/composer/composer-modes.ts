/**
 * Pure: which composer modes a conversation's channel can render, following what each channel's message
 * compiler accepts. Media goes everywhere (each channel names what it refuses, e.g. LINE documents or
 * Messenger captions, next to the field). A catalog product renders only on WhatsApp: Messenger, Instagram
 * and LINE refuse it, and the web chat shows just the product ids. An image above choices renders on
 * WhatsApp, LINE and the web chat; Messenger and Instagram refuse any header.
 */
import type { ChannelKind } from "../../api/types";
import type { ComposerMode } from "./composer-mode-switch";
import type { WindowPolicy } from "./window-countdown";

/** The modes offered, in order; a null channel (still loading) offers the ones every channel has. */
export function composerModesFor(channel: ChannelKind | null, policy: WindowPolicy): ComposerMode[] {
  const whatsapp = channel === "whatsapp";
  const free: ComposerMode[] =
    policy === "templates_only"
      ? []
      : ["text", "choices", "media", ...(whatsapp ? (["product"] as const) : [])];
  return [...free, ...(whatsapp ? (["template"] as const) : []), "note"];
}

/** Whether the channel shows an image header above choices (reply buttons or a list). */
export function acceptsChoicesImage(channel: ChannelKind | null): boolean {
  return channel === "whatsapp" || channel === "line" || channel === "webchat";
}

/** The mode shown: one the window no longer allows gives way to a template (offered only then). */
export function effectiveMode(chosen: ComposerMode, available: readonly ComposerMode[]): ComposerMode {
  if (available.includes(chosen)) return chosen;
  return available.includes("template") ? "template" : (available[0] ?? "note");
}
