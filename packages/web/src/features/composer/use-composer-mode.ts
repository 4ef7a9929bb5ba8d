/**
 * Which kind of message the composer writes, and which kinds it offers (see `composerModesFor`): outside
 * WhatsApp's 24-hour window the free-form modes give way to a template by themselves (they would be
 * refused); notes are always offered.
 */
import { useState } from "react";
import type { Conversation } from "../../api/types";
import { useNow } from "../../time/use-now";
import { windowStateAt } from "../conversations/window-state";
import type { ComposerMode } from "./composer-mode-switch";
import { composerModesFor, effectiveMode } from "./composer-modes";
import { windowPolicy, type WindowPolicy } from "./window-countdown";

export interface ComposerModeState {
  mode: ComposerMode;
  available: ComposerMode[];
  policy: WindowPolicy;
  setMode(mode: ComposerMode): void;
}

export function useComposerMode(conversation: Conversation | null): ComposerModeState {
  const [chosen, setMode] = useState<ComposerMode>("text");
  const now = useNow(5_000);
  const windowOpen = windowStateAt(conversation?.windowExpiresAt ?? null, now).open;
  const policy = conversation === null ? "open" : windowPolicy(conversation.channel, windowOpen);
  const available = composerModesFor(conversation?.channel ?? null, policy);
  return { mode: effectiveMode(chosen, available), available, policy, setMode };
}
