/** The approved WhatsApp templates of a channel account, the ones a conversation may be sent outside the window. */
import { useEffect, useState } from "react";
import type { Template } from "../../api/automation-types";
import { errorText, isAbort } from "../../api/error-text";
import { useInboxApi } from "../../api/inbox-api";

export function useApprovedTemplates(channelAccountId: string): {
  templates: Template[] | null;
  error: string | null;
} {
  const api = useInboxApi();
  const [templates, setTemplates] = useState<Template[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    api.listTemplates(channelAccountId, controller.signal).then(
      (all) => setTemplates(all.filter((template) => template.status === "APPROVED")),
      (cause: unknown) => {
        if (!isAbort(cause, controller.signal)) setError(errorText(cause));
      },
    );
    return () => controller.abort();
  }, [api, channelAccountId]);
  return { templates, error };
}
