import { z } from 'zod';

/** Answers: a failed request answers `{ ok: false, error }`. */
export const errorCodeSchema = z.enum([
  'invalid-message',
  'foreign-sender',
  'quota',
  'storage',
  'not-found',
  'stale-mount',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export type Failure = { ok: false; error: ErrorCode; detail?: string };
export type Success<T> = { ok: true; data: T };
export type Result<T> = Success<T> | Failure;

/** Builds a failure answer. */
export function fail(error: ErrorCode, detail?: string): Failure {
  return detail === undefined ? { ok: false, error } : { ok: false, error, detail };
}

/** Builds a success answer. */
export function succeed<T>(data: T): Success<T> {
  return { ok: true, data };
}
