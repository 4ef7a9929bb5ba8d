/** Loads a customer's file through the API (it needs the token) and gives a URL the page can show. */
import { useEffect, useState } from "react";
import { useApi } from "../../api/api-context";

/** Retries while the server is still downloading the file from the platform. */
const RETRY_MS = 2000;
const TRIES = 5;

export function useMediaUrl(messageId: string | undefined): string | undefined {
  const api = useApi();
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (messageId === undefined) return;
    const controller = new AbortController();
    let objectUrl: string | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (attempt: number) => {
      api.fetchMedia(messageId, controller.signal).then(
        (blob) => {
          objectUrl = URL.createObjectURL(blob);
          setUrl(objectUrl);
        },
        () => {
          if (!controller.signal.aborted && attempt < TRIES)
            timer = setTimeout(() => load(attempt + 1), RETRY_MS);
        },
      );
    };
    load(1);
    return () => {
      controller.abort();
      if (timer !== undefined) clearTimeout(timer);
      if (objectUrl !== undefined) URL.revokeObjectURL(objectUrl);
    };
  }, [api, messageId]);
  return url;
}
