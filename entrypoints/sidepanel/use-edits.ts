import { useT } from '@/components/i18n-context';
import { deleteDecision, restoreDecision, saveDecision } from '@/utils/db';
import type { Decision } from '@/utils/schema/decision';
import type { Notices } from './use-notices';

/** Editing a recorded decision: save a change, delete it (the notice offers undo), undo the deletion. */
export function useEdits({
  notices,
  onChanged,
  onDeleted,
}: {
  notices: Notices;
  onChanged(): void;
  onDeleted(): void;
}) {
  const t = useT();

  const save = async (next: Decision) => {
    try {
      await saveDecision({ ...next, updatedAt: new Date().toISOString() });
      notices.info(t('saved'));
      onChanged();
    } catch (error) {
      notices.failed(error);
    }
  };

  const remove = async (decision: Decision) => {
    try {
      await deleteDecision(decision.id);
      onDeleted();
      notices.info(t('deleted'), decision);
      onChanged();
    } catch (error) {
      notices.failed(error);
    }
  };

  const undo = async (decision: Decision) => {
    try {
      await restoreDecision(decision);
      notices.clear();
      onChanged();
    } catch (error) {
      notices.failed(error);
    }
  };

  return { save, remove, undo };
}
