import type { MessageKey } from './i18n';
import type { Failure } from './schema/result';

/**
 * The message a user sees for a failed request or storage call, in every screen: the overlay (a
 * background answer), the side panel and the settings page (a storage error turned into a Failure).
 */
export function errorMessageKey(failure: Pick<Failure, 'error'>): MessageKey {
  if (failure.error === 'quota') return 'error.quota';
  if (failure.error === 'storage') return 'error.storage';
  if (failure.error === 'invalid-message') return 'error.invalid';
  return 'error.unreachable';
}
