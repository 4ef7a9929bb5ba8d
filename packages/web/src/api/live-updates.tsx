/**
 * The console's live updates: one EventSource on `GET /api/v1/events` for the whole signed-in console. It
 * hands each change event to the views that asked, says whether the stream is live, and opens the stream
 * again with backoff when it drops.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { parseLiveEvent } from "./live-event";
import type { LiveEvent } from "./live-event";
import { reconnectDelayMs } from "./reconnect-delay";

/** `offline`: no stream at all (outside the provider, or a browser without EventSource). */
export type LiveStatus = "connecting" | "live" | "reconnecting" | "offline";

/** A change event, or news of the stream itself: opened (events may have been missed) or lost. */
export type LiveSignal = LiveEvent | { type: "stream.opened" } | { type: "stream.lost" };

export type LiveListener = (signal: LiveSignal) => void;

interface LiveUpdates {
  status: LiveStatus;
  subscribe(listener: LiveListener): () => void;
}

const noStream: LiveUpdates = { status: "offline", subscribe: () => () => {} };
const LiveStatusContext = createContext<LiveStatus>(noStream.status);
const LiveSubscribeContext = createContext<LiveUpdates["subscribe"]>(noStream.subscribe);

interface LiveUpdatesProviderProps {
  /** The admin token, if signed in with it (an EventSource cannot send headers, so it goes in the query); a session's cookie goes by itself. */
  token: string | null;
  children: ReactNode;
  /** The stream's address; the API's own by default. */
  url?: string;
}

export function LiveUpdatesProvider({ token, children, url = "/api/v1/events" }: LiveUpdatesProviderProps) {
  const [status, setStatus] = useState<LiveStatus>(
    typeof EventSource === "undefined" ? "offline" : "connecting",
  );
  const [listeners] = useState(() => new Set<LiveListener>());
  const [subscribe] = useState(() => (listener: LiveListener) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  });

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const emit = (signal: LiveSignal) => {
      for (const listener of [...listeners]) listener(signal);
    };
    let source: EventSource | undefined;
    let timer: number | undefined;
    let failures = 0;
    let wasOpen = false;
    const connect = () => {
      source = new EventSource(token === null ? url : `${url}?token=${encodeURIComponent(token)}`);
      source.onopen = () => {
        failures = 0;
        wasOpen = true;
        setStatus("live");
        emit({ type: "stream.opened" });
      };
      source.onmessage = (message: MessageEvent<string>) => {
        const event = parseLiveEvent(message.data);
        if (event !== null) emit(event);
      };
      // The browser would retry by itself, but not after every kind of failure: retry here, with backoff.
      source.onerror = () => {
        source?.close();
        source = undefined;
        setStatus("reconnecting");
        if (wasOpen) emit({ type: "stream.lost" });
        wasOpen = false;
        timer = window.setTimeout(connect, reconnectDelayMs(failures, Math.random()));
        failures += 1;
      };
    };
    connect();
    return () => {
      window.clearTimeout(timer);
      source?.close();
    };
  }, [token, url, listeners]);

  return (
    <LiveSubscribeContext.Provider value={subscribe}>
      <LiveStatusContext.Provider value={status}>{children}</LiveStatusContext.Provider>
    </LiveSubscribeContext.Provider>
  );
}

/** Whether change events are arriving now. */
export function useLiveStatus(): LiveStatus {
  return useContext(LiveStatusContext);
}

/** Subscribes to the stream's signals; the function stays the same for the provider's life. */
export function useLiveSubscribe(): LiveUpdates["subscribe"] {
  return useContext(LiveSubscribeContext);
}
