import { useState } from 'react';
import { useT } from '@/components/i18n-context';
import { setStatuses } from '@/utils/db';
import type { DecisionStatus } from '@/utils/schema/decision';
import type { Notices } from './use-notices';

/** The rows ticked in the list and one status to give them all. */
export function useBulk({ notices, onChanged }: { notices: Notices; onChanged(): void }) {
  const t = useT();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<DecisionStatus>('declined');

  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const clear = () => setSelected(new Set());

  const apply = async () => {
    try {
      const changed = await setStatuses([...selected], status);
      clear();
      notices.info(t('bulkDone', { count: changed }));
      onChanged();
    } catch (error) {
      notices.failed(error);
    }
  };

  return { selected, toggle, clear, status, setStatus, apply };
}
