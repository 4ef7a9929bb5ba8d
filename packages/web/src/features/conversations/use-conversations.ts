/**
 * The conversation list of a folder and its filters, newest activity first, fetched again when a
 * conversation changes (live updates).
 */
import { useState } from "react";
import { useInboxApi, type ConversationQuery, type ListedConversation } from "../../api/inbox-api";
import { errorText, isAbort } from "../../api/error-text";
import { useLiveRefresh } from "../../api/use-live-refresh";

export interface ConversationsState {
  items: readonly ListedConversation[];
  loaded: boolean;
  error: string | null;
  /** True when older conversations exist beyond the ones shown. */
  hasMore: boolean;
}

/** Conversations fetched per page, and at most (the API's largest page). */
const PAGE = 50;
const MOST = 200;

export function useConversations(
  query: ConversationQuery,
): ConversationsState & { showMore: (() => void) | undefined } {
  const api = useInboxApi();
  const [state, setState] = useState<ConversationsState>({
    items: [],
    loaded: false,
    error: null,
    hasMore: false,
  });
  const [limit, setLimit] = useState(PAGE);

  useLiveRefresh(
    async (signal) => {
      try {
        const page = await api.listConversations({ ...query, limit }, signal);
        setState((previous) =>
          previous.loaded &&
          previous.error === null &&
          previous.hasMore === (page.nextCursor !== null) &&
          JSON.stringify(previous.items) === JSON.stringify(page.items)
            ? previous
            : { items: page.items, loaded: true, error: null, hasMore: page.nextCursor !== null },
        );
      } catch (error) {
        if (isAbort(error, signal)) return;
        setState((previous) => ({ ...previous, loaded: true, error: errorText(error) }));
      }
    },
    `${JSON.stringify(query)}:${limit}`,
    (event) => event.type === "conversation.changed",
  );

  const canGrow = state.hasMore && limit < MOST;
  return {
    ...state,
    showMore: canGrow ? () => setLimit((current) => Math.min(MOST, current + PAGE)) : undefined,
  };
}
