/** One conversation's internal notes, oldest first, fetched again when a note is added (live updates). */
import { useCallback, useState } from "react";
import { errorText, isAbort } from "../../api/error-text";
import { useInboxApi, type ConversationNote } from "../../api/inbox-api";
import { useLiveRefresh } from "../../api/use-live-refresh";

export interface NotesState {
  notes: readonly ConversationNote[];
  error: string | null;
  /** Shows a note the composer just added, before the next fetch. */
  add(note: ConversationNote): void;
}

export function useNotes(conversationId: string): NotesState {
  const api = useInboxApi();
  const [notes, setNotes] = useState<readonly ConversationNote[]>([]);
  const [error, setError] = useState<string | null>(null);

  useLiveRefresh(
    async (signal) => {
      try {
        const fetched = await api.listNotes(conversationId, signal);
        setNotes((previous) => (JSON.stringify(previous) === JSON.stringify(fetched) ? previous : fetched));
        setError(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setError(errorText(cause));
      }
    },
    conversationId,
    (event) => event.type === "note.changed" && event.conversationId === conversationId,
  );

  const add = useCallback((note: ConversationNote) => {
    setNotes((previous) => (previous.some((n) => n.id === note.id) ? previous : [...previous, note]));
  }, []);

  return { notes, error, add };
}
