import { UserError } from '../../errors.js';
import type { Budget } from './types.js';

const BASE_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;
const MAX_ATTEMPTS = 6;

/** Throttling, server errors, timeouts and dropped connections: worth another try. */
export function isTransient(error: unknown): boolean {
  const e = error as {
    name?: string;
    code?: string | number;
    status?: number;
    statusCode?: number;
    $metadata?: { httpStatusCode?: number };
    $retryable?: unknown;
  };
  const status =
    e.$metadata?.httpStatusCode ??
    e.statusCode ??
    e.status ??
    (typeof e.code === 'number' && e.code >= 100 ? e.code : undefined);
  if (status === 429 || (status !== undefined && status >= 500)) return true;
  if (e.$retryable) return true;
  const name = `${e.name ?? ''} ${typeof e.code === 'string' ? e.code : ''}`;
  return (
    /Throttl|RequestLimitExceeded|TooManyRequests|ECONNRESET|ECONNREFUSED|ETIMEDOUT|EPIPE|socket hang up|UND_ERR|TimeoutError|RequestTimeout/i.test(
      name,
    ) || /socket hang up|ECONNRESET/i.test(String((error as Error)?.message))
  );
}

/** Seconds or an HTTP date, from whichever shape the SDK left the response headers in. */
export function retryAfterMs(error: unknown): number | undefined {
  const e = error as { headers?: unknown; response?: { headers?: unknown }; $response?: { headers?: unknown } };
  for (const headers of [e.headers, e.response?.headers, e.$response?.headers]) {
    if (!headers) continue;
    const value =
      typeof (headers as Headers).get === 'function'
        ? (headers as Headers).get('retry-after')
        : (headers as Record<string, string>)['retry-after'];
    if (!value) continue;
    const seconds = Number(value);
    if (Number.isFinite(seconds)) return seconds * 1000;
    const date = Date.parse(value);
    if (Number.isFinite(date)) return Math.max(0, date - Date.now());
  }
  return undefined;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one API call, retrying transient failures with capped exponential backoff and full jitter (or the
 * server's Retry-After), within the run's total time budget.
 */
export async function withRetry<T>(what: string, budget: Budget, provider: string, call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    if (Date.now() > budget.deadline) throw new UserError(`--timeout reached while ${what}`);
    budget.count(provider);
    try {
      return await call();
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isTransient(error)) throw error;
      const backoff = Math.random() * Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
      const delay = Math.min(retryAfterMs(error) ?? backoff, Math.max(0, budget.deadline - Date.now()));
      await sleep(delay);
    }
  }
}
