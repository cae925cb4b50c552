import { formatDay } from '@/utils/i18n';
import type { Decision } from '@/utils/schema/decision';
import { useT } from './i18n-context';

/** "Decided on <date>: <status>" for an offer already in the journal, with a way to change it. */
export function DecidedBanner({ decision, onChange }: { decision: Decision; onChange?: () => void }) {
  const t = useT();
  return (
    <div className={`decided status-${decision.status}`} role="status">
      <span data-testid="decided-banner">
        {t('decidedBanner', { date: formatDay(decision.updatedAt), status: t(`status.${decision.status}`) })}
        {decision.status === 'hold' && decision.followUpAt
          ? ` · ${t('followUpOn', { date: decision.followUpAt })}`
          : ''}
      </span>
      {decision.status === 'declined' && decision.declineReasons.length ? (
        <span className="decided-reasons" data-testid="decided-reasons">
          {decision.declineReasons.map((r) => t(`reason.${r}`)).join(' · ')}
        </span>
      ) : null}
      {decision.note ? <p className="decided-note">{decision.note}</p> : null}
      {onChange ? (
        <button type="button" className="link" data-testid="change-decision" onClick={onChange}>
          {t('changeDecision')}
        </button>
      ) : null}
    </div>
  );
}
