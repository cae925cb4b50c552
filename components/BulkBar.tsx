import type { DecisionStatus } from '@/utils/schema/decision';
import { useT } from './i18n-context';

const STATUSES = ['accepted', 'declined', 'hold'] as const;

/** Shown while rows are ticked: how many, one status for them all, apply or clear. */
export function BulkBar({
  count,
  status,
  onStatus,
  onApply,
  onClear,
}: {
  count: number;
  status: DecisionStatus;
  onStatus: (status: DecisionStatus) => void;
  onApply: () => void;
  onClear: () => void;
}) {
  const t = useT();
  return (
    <div className="bulk-bar" data-testid="bulk-bar">
      <span>{t('bulkSelected', { count })}</span>
      <label>
        <span className="visually-hidden">{t('bulkSetStatus')}</span>
        <select data-testid="bulk-status" value={status} onChange={(e) => onStatus(e.target.value as DecisionStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn" data-testid="bulk-apply" onClick={onApply}>
        {t('bulkApply')}
      </button>
      <button type="button" className="small" onClick={onClear}>
        {t('bulkClear')}
      </button>
    </div>
  );
}
