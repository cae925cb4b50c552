import { useCallback, useMemo, useState } from 'react';
import { useT } from '@/components/i18n-context';
import { failFromError } from '@/utils/db/results';
import { errorMessageKey } from '@/utils/error-message';
import type { Decision } from '@/utils/schema/decision';

/** The one message line of the journal: what just happened, or what went wrong; a deletion can be undone. */
export type Notice = { kind: 'info' | 'error'; text: string; undo?: Decision };

export interface Notices {
  notice: Notice | null;
  info(text: string, undo?: Decision): void;
  error(text: string): void;
  /** A storage call that threw: the same message the overlay shows for that failure. */
  failed(error: unknown): void;
  clear(): void;
}

/** The side panel's notices: one at a time, each replacing the last. */
export function useNotices(): Notices {
  const t = useT();
  const [notice, setNotice] = useState<Notice | null>(null);
  const info = useCallback(
    (text: string, undo?: Decision) => setNotice(undo ? { kind: 'info', text, undo } : { kind: 'info', text }),
    [],
  );
  const error = useCallback((text: string) => setNotice({ kind: 'error', text }), []);
  const failed = useCallback(
    (thrown: unknown) => {
      const failure = failFromError(thrown);
      // The panel talks to no other part of the extension: a failure that is not the journal's own
      // (quota, invalid data) reads as a storage error, not as an extension that did not answer.
      const storage = failure.ok || failure.error === 'internal';
      setNotice({ kind: 'error', text: t(storage ? 'error.storage' : errorMessageKey(failure)) });
    },
    [t],
  );
  const clear = useCallback(() => setNotice(null), []);
  return useMemo(() => ({ notice, info, error, failed, clear }), [notice, info, error, failed, clear]);
}
