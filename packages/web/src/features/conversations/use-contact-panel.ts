/**
 * What the contact panel shows for a conversation: the contact (tags, attributes, opt-outs), the person's
 * other channel identities (only for those who may read contacts; absent otherwise) and the contact's
 * conversations the caller may see. Fetched again when one of those conversations changes.
 */
import { useEffect, useRef, useState } from "react";
import { errorText, isAbort } from "../../api/error-text";
import {
  useInboxApi,
  type ContactIdentity,
  type PanelContact,
  type PastConversation,
} from "../../api/inbox-api";
import { useLiveRefresh } from "../../api/use-live-refresh";

export interface ContactPanelState {
  contact: PanelContact | null;
  identities: ContactIdentity[] | null;
  conversations: PastConversation[];
  error: string | null;
}

export function useContactPanel(conversationId: string): ContactPanelState {
  const api = useInboxApi();
  const [state, setState] = useState<ContactPanelState>({
    contact: null,
    identities: null,
    conversations: [],
    error: null,
  });
  const shown = useRef(new Set<string>());
  useEffect(() => {
    shown.current = new Set([conversationId, ...state.conversations.map((c) => c.id)]);
  });
  useLiveRefresh(
    async (signal) => {
      try {
        const contact = await api.conversationContact(conversationId, signal);
        const [identities, conversations] = await Promise.all([
          api.contactIdentities(contact.id, signal).catch((cause: unknown) => {
            if (isAbort(cause, signal)) throw cause;
            return null;
          }),
          api.contactConversations(contact.id, signal),
        ]);
        const next = { contact, identities, conversations, error: null };
        setState((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
      } catch (cause) {
        if (!isAbort(cause, signal)) setState((previous) => ({ ...previous, error: errorText(cause) }));
      }
    },
    conversationId,
    (event) => event.type === "conversation.changed" && shown.current.has(event.conversationId),
  );
  return state;
}
