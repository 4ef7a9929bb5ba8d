/**
 * How long a failed job waits before its next attempt. Both queue adapters use this one policy, so a job
 * retries on the same schedule whether it runs on the SQL table or on Redis.
 */
import { RetryLaterError } from "./job-queue.js";

/** Exponential backoff: `baseMs · 2^(attempt − 1)`, capped at `maxMs`. */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** 1 s, 2 s, 4 s … up to 5 minutes. */
export const defaultBackoff: BackoffPolicy = { baseMs: 1_000, maxMs: 5 * 60_000 };

/**
 * Milliseconds to wait after attempt `failedAttempt` (1 for the first try) threw `error`. A
 * `RetryLaterError` names its own delay (a platform's rate-limit window); any other error backs off
 * exponentially with jitter — a random 50–100 % of the step — so jobs that failed together do not all
 * come back at the same instant.
 */
export function retryDelayMs(
  failedAttempt: number,
  error: unknown,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  if (error instanceof RetryLaterError) return Math.max(0, error.delayMs);
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, failedAttempt - 1));
  return Math.round(step / 2 + (random() * step) / 2);
}
