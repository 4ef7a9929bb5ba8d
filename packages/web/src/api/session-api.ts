/** Signing in and out, and who the console is signed in as (`/api/v1/session`). */
import { ApiError, parseApiError } from "./api-error";
import type { ApiClient } from "./client";

export type Role = "admin" | "store_manager" | "agent";

export interface ConsoleUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  storeIds: string[];
  capacity: number | null;
  active: boolean;
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface SessionInfo {
  actor: {
    kind: "admin_token" | "session" | "api_token";
    role: Role;
    userId: string | null;
    label: string;
    storeIds: string[];
  };
  user: ConsoleUser | null;
  csrfToken: string | null;
}

export function readSession(client: ApiClient, signal?: AbortSignal): Promise<SessionInfo> {
  return client.request<SessionInfo>("GET", "/session", undefined, signal);
}

/** Signs in with e-mail and password; the server sets the session cookie. Rejects with `ApiError`. */
export async function signInWithPassword(email: string, password: string): Promise<{ csrfToken: string }> {
  let response: Response;
  try {
    response = await fetch("/api/v1/session", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify({ email, password }),
    });
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : "The server could not be reached.";
    throw new ApiError({ status: 0, code: "network_error", message });
  }
  const text = await response.text();
  const body: unknown = text === "" ? undefined : JSON.parse(text);
  if (!response.ok) throw parseApiError(response.status, body);
  const parsed = body as { csrfToken: string };
  return { csrfToken: parsed.csrfToken };
}

export async function signOutSession(client: ApiClient): Promise<void> {
  await client.request<{ ok: true }>("DELETE", "/session");
}
