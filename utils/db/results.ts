import { fail, type Result, succeed } from '../schema/result';
import { JournalError } from './open';

/** A storage failure as the message protocol's Failure: quota, invalid data, or any other storage error. */
export function failFromError(error: unknown): Result<never> {
  if (error instanceof JournalError) {
    if (error.code === 'quota') return fail('quota', error.message);
    if (error.code === 'invalid') return fail('invalid-message', error.message);
    return fail('storage', error.message);
  }
  return fail('internal', error instanceof Error ? error.message : String(error));
}

/** Runs a repository call and answers with a Result instead of throwing. */
export async function asResult<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return succeed(await run());
  } catch (error) {
    return failFromError(error);
  }
}
