/** The conversation list, newest activity first, refreshed every 1.5 seconds. */
import { useState } from "react";
import { useApi } from "../../api/api-context";
import type { Conversation, ConversationStatus } from "../../api/types";
import { errorText, isAbort } from "../../api/error-text";
import { usePolling } from "../../api/use-polling";

export const CONVERSATIONS_POLL_MS = 1500;

export interface ConversationsState {
  items: readonly Conversation[];
  loaded: boolean;
  error: string | null;
}

export function useConversations(status: ConversationStatus | null): ConversationsState {
  const api = useApi();
  const [state, setState] = useState<ConversationsState>({ items: [], loaded: false, error: null });

  usePolling(
    async (signal) => {
      try {
        const query = status === null ? { limit: 50 } : { status, limit: 50 };
        const page = await api.listConversations(query, signal);
        setState((previous) =>
          previous.loaded &&
          previous.error === null &&
          JSON.stringify(previous.items) === JSON.stringify(page.items)
            ? previous
            : { items: page.items, loaded: true, error: null },
        );
      } catch (error) {
        if (isAbort(error, signal)) return;
        setState((previous) => ({ ...previous, loaded: true, error: errorText(error) }));
      }
    },
    CONVERSATIONS_POLL_MS,
    status ?? "all",
  );

  return state;
}
