/** One conversation's details: taken from the list when it is there, else fetched (e.g. a direct link). */
import { useEffect, useRef, useState } from "react";
import { useApi } from "../../api/api-context";
import { errorText, isAbort } from "../../api/error-text";
import type { Conversation } from "../../api/types";
import { useLiveRefresh } from "../../api/use-live-refresh";

export function useConversation(
  conversationId: string,
  fromList: Conversation | undefined,
): { conversation: Conversation | null; error: string | null } {
  const api = useApi();
  const [fetched, setFetched] = useState<Conversation | null>(null);
  const [error, setError] = useState<string | null>(null);
  const listed = useRef(fromList);
  useEffect(() => {
    listed.current = fromList;
  });

  useLiveRefresh(
    async (signal) => {
      if (listed.current) return;
      try {
        const conversation = await api.getConversation(conversationId, signal);
        setFetched((previous) =>
          JSON.stringify(previous) === JSON.stringify(conversation) ? previous : conversation,
        );
        setError(null);
      } catch (cause) {
        if (!isAbort(cause, signal)) setError(errorText(cause));
      }
    },
    // Leaving the list (another folder, a filter) fetches it at once instead of at the next poll.
    `${conversationId}:${fromList === undefined ? "alone" : "listed"}`,
    (event) => event.type === "conversation.changed" && event.conversationId === conversationId,
  );

  return { conversation: fromList ?? fetched, error: fromList ? null : error };
}
