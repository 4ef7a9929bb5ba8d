/**
 * Users, their stores and their ways in (console session with CSRF, API token), for access tests through
 * the real API.
 */
import { randomBytes } from "node:crypto";
import type { TestSwitchboard } from "./test-switchboard.js";

export interface ApiAnswer {
  status: number;
  json: unknown;
  headers: Headers;
}

export interface Caller {
  call(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<ApiAnswer>;
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

/** Creates a user through the admin API; the password is random and returned. */
export async function createUser(
  t: TestSwitchboard,
  user: { role: "admin" | "store_manager" | "agent"; name?: string; storeIds?: string[]; email?: string },
): Promise<TestUser> {
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const email = user.email ?? `${user.role}-${randomBytes(4).toString("hex")}@example.com`;
  const created = await t.api("POST", "/api/v1/users", {
    email,
    name: user.name ?? user.role,
    role: user.role,
    password,
    storeIds: user.storeIds ?? [],
  });
  if (created.status !== 201) throw new Error(`user not created: ${JSON.stringify(created.json)}`);
  return { id: (created.json as { user: { id: string } }).user.id, email, password };
}

/** Creates a store in Taipei time through the admin API; its id. */
export async function createStore(t: TestSwitchboard, name: string): Promise<string> {
  const created = await t.api("POST", "/api/v1/stores", { name, timeZone: "Asia/Taipei" });
  if (created.status !== 201) throw new Error(`store not created: ${JSON.stringify(created.json)}`);
  return (created.json as { store: { id: string } }).store.id;
}

export async function rawCall(
  t: TestSwitchboard,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<ApiAnswer> {
  const response = await fetch(`${t.switchboard.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    json: text === "" ? undefined : JSON.parse(text),
    headers: response.headers,
  };
}

/** Signs in like the console: the session cookie on every call, the CSRF token on changes. */
export async function signIn(
  t: TestSwitchboard,
  user: { email: string; password: string },
): Promise<Caller & { cookie: string; csrfToken: string; setCookie: string }> {
  const answer = await rawCall(
    t,
    "POST",
    "/api/v1/session",
    { email: user.email, password: user.password },
    {},
  );
  if (answer.status !== 200) throw new Error(`sign-in refused: ${JSON.stringify(answer.json)}`);
  const setCookie = answer.headers.get("set-cookie") ?? "";
  const cookie = setCookie.split(";")[0] ?? "";
  const csrfToken = (answer.json as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrfToken,
    setCookie,
    call: (method, path, body, headers = {}) =>
      rawCall(t, method, path, body, {
        cookie,
        ...(method === "GET" ? {} : { "x-csrf-token": csrfToken }),
        ...headers,
      }),
  };
}

export function bearerCaller(t: TestSwitchboard, token: string): Caller {
  return {
    call: (method, path, body, headers = {}) =>
      rawCall(t, method, path, body, { authorization: `Bearer ${token}`, ...headers }),
  };
}
