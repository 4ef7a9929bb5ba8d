// Test support: a local HTTP server standing in for LINE's API hosts, recording what it is sent and
// answering what each test sets.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { ChannelError } from "@switchboard/core";
import type { LineApiDeps } from "./fetch-line.js";

export interface Seen {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** Starts the server for the test file; `answers` are used in order, the last one repeating. */
export function useLineApi(defaultAnswer: () => Answer[]) {
  const state: { server?: Server; base: string; seen: Seen[]; answers: Answer[] } = {
    base: "",
    seen: [],
    answers: [],
  };
  beforeAll(async () => {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        state.seen.push({
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        });
        const answer = state.answers.length > 1 ? state.answers.shift() : state.answers[0];
        res.writeHead(answer?.status ?? 500, { "content-type": "application/json", ...answer?.headers });
        res.end(answer?.body ?? "");
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    state.server = server;
    state.base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => state.server?.close(() => resolve())));
  beforeEach(() => {
    state.seen = [];
    state.answers = defaultAnswer();
  });
  return {
    deps: (): LineApiDeps => ({
      fetch: globalThis.fetch,
      apiUrl: state.base,
      dataApiUrl: `${state.base}data/`,
    }),
    seen: () => state.seen,
    answer: (...answers: Answer[]) => {
      state.answers = answers;
    },
  };
}

/** The ChannelError a promise rejects with; fails the test for anything else. */
export async function rejection(promise: Promise<unknown>): Promise<ChannelError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ChannelError)) throw new Error(`expected a ChannelError, got ${String(error)}`);
  return error;
}
