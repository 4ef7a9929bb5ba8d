/**
 * One conversation's messages, oldest first. Fetches what changed `since` the last fetch whenever a change
 * event names this conversation (live updates), with a slow poll as a fallback.
 */
import { useCallback, useRef, useState } from "react";
import { useApi } from "../../api/api-context";
import { errorText, isAbort } from "../../api/error-text";
import type { Message } from "../../api/types";
import { useLiveRefresh } from "../../api/use-live-refresh";
import { mergeMessages } from "./merge-messages";
import { fetchMessageChanges, pollSince } from "./fetch-message-changes";

export interface MessagesState {
  messages: readonly Message[];
  loaded: boolean;
  error: string | null;
}

/** Mount the component using it with `key={conversationId}`, so another conversation starts empty. */
export function useMessages(conversationId: string): MessagesState & { add(message: Message): void } {
  const api = useApi();
  const [state, setState] = useState<MessagesState>({ messages: [], loaded: false, error: null });
  const current = useRef<readonly Message[]>([]);
  const resumeSince = useRef<number | undefined>(undefined);

  const publish = useCallback((messages: readonly Message[]) => {
    current.current = messages;
    setState((previous) =>
      previous.messages === messages && previous.loaded && previous.error === null
        ? previous
        : { messages, loaded: true, error: null },
    );
  }, []);

  useLiveRefresh(
    async (signal) => {
      try {
        const since = resumeSince.current ?? pollSince(current.current);
        const list = (query: { since?: number; limit: number }) =>
          api.listMessages(conversationId, query, signal);
        const changes = await fetchMessageChanges(list, since);
        resumeSince.current = changes.resumeSince;
        // Merge into what is current now: a message sent while this poll was in flight stays.
        if (!signal.aborted) publish(mergeMessages(current.current, changes.items));
      } catch (error) {
        if (isAbort(error, signal)) return;
        setState((previous) => ({ ...previous, loaded: true, error: errorText(error) }));
      }
    },
    conversationId,
    (event) => event.type === "message.changed" && event.conversationId === conversationId,
  );

  const add = useCallback(
    (message: Message) => {
      if (message.conversationId === conversationId) publish(mergeMessages(current.current, [message]));
    },
    [conversationId, publish],
  );

  return { ...state, add };
}
