/**
 * The composer's saved reply picker: opens while the input is `/` and a word, loads the replies each time
 * it opens, moves with ↑/↓, inserts the highlighted reply rendered for the conversation on Enter, closes on Escape.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { useApi } from "../../../api/api-context";
import { errorText, isAbort } from "../../../api/error-text";
import { listSavedReplies, renderSavedReply, type SavedReply } from "../../../api/saved-replies-api";
import { composerInsertOf, type ComposerInsert } from "./composer-insert";
import { filterSavedReplies, isPickerOpen, pickerQueryOf } from "./picker-query";
import { activeIndexOf, pickerKey, type PickerSelection } from "./picker-selection";

export const PICKER_ID = "composer-saved-reply-picker";
export const optionId = (index: number) => `${PICKER_ID}-option-${index}`;

interface PickerOptions {
  /** The composer's input as typed. */
  text: string;
  conversationId: string;
  /** Receives the rendered reply to put into the composer. */
  onInsert(insert: ComposerInsert, reply: SavedReply): void;
}

export interface SavedReplyPicker {
  open: boolean;
  /** null while loading. */
  matches: SavedReply[] | null;
  activeIndex: number;
  error: string | null;
  inserting: boolean;
  /** Call first from the input's onKeyDown: true when the picker used the key. */
  handleKey(event: KeyboardEvent<HTMLTextAreaElement>): boolean;
  choose(index: number): void;
  highlight(index: number): void;
  /** Combobox attributes for the input the picker belongs to. */
  inputProps: {
    role: "combobox";
    "aria-autocomplete": "list";
    "aria-expanded": boolean;
    "aria-controls": string | undefined;
    "aria-activedescendant": string | undefined;
  };
}

export function useSavedReplyPicker({ text, conversationId, onInsert }: PickerOptions): SavedReplyPicker {
  const api = useApi();
  const [replies, setReplies] = useState<SavedReply[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  const [selection, setSelection] = useState<PickerSelection>({ query: "", index: 0 });
  const [inserting, setInserting] = useState(false);

  const typed = pickerQueryOf(text);
  // Once no shortcut is being typed, an earlier Escape no longer counts (state adjusted while rendering).
  if (typed === null && dismissedAt !== null) setDismissedAt(null);
  const open = isPickerOpen(text, dismissedAt);
  const query = typed ?? "";

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    listSavedReplies(api, controller.signal).then(
      (loaded) => {
        setReplies(loaded);
        setError(null);
      },
      (cause: unknown) => {
        if (!isAbort(cause, controller.signal)) setError(errorText(cause));
      },
    );
    return () => controller.abort();
  }, [api, open]);

  const matches = useMemo(
    () => (replies === null ? null : filterSavedReplies(replies, query)),
    [replies, query],
  );
  const count = matches?.length ?? 0;
  const activeIndex = activeIndexOf(selection, query, count);

  function choose(index: number) {
    const reply = matches?.[index];
    if (reply === undefined || inserting) return;
    setInserting(true);
    renderSavedReply(api, reply.id, conversationId).then(
      (message) => {
        const insert = composerInsertOf(message);
        // The inserted text may itself start with a slash: keep the picker shut for it.
        setDismissedAt(pickerQueryOf(insert.text) === null ? null : insert.text);
        setError(null);
        setInserting(false);
        onInsert(insert, reply);
      },
      (cause: unknown) => {
        setError(errorText(cause));
        setInserting(false);
      },
    );
  }

  function handleKey(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
    if (!open || event.nativeEvent.isComposing) return false;
    const outcome = pickerKey(event.key, selection, query, count);
    if (outcome.kind === "ignore") return false;
    event.preventDefault();
    if (outcome.kind === "move") setSelection(outcome.selection);
    if (outcome.kind === "close") setDismissedAt(text);
    if (outcome.kind === "choose") choose(outcome.index);
    return true;
  }

  return {
    open,
    matches,
    activeIndex,
    error,
    inserting,
    handleKey,
    choose,
    highlight: (index) => setSelection({ query, index }),
    inputProps: {
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": open,
      "aria-controls": open ? PICKER_ID : undefined,
      "aria-activedescendant": open && count > 0 ? optionId(activeIndex) : undefined,
    },
  };
}
