import type { DecisionStatus, DeclineReason } from '@/utils/schema/decision';
import { DeclineReasons } from './DeclineReasons';
import { useT } from './i18n-context';

interface Props {
  note: string;
  followUpAt: string;
  reasons: readonly DeclineReason[];
  /** The reasons shown are the checklist's suggestion, not yet touched by the user. */
  reasonsSuggested?: boolean;
  busy: boolean;
  onReasons: (next: DeclineReason[]) => void;
  onNote: (note: string) => void;
  onFollowUp: (date: string) => void;
  onDecide: (status: DecisionStatus) => void;
}

/** Accept, decline, or hold with a follow-up date, plus a free-text note. */
export function DecisionForm({
  note,
  followUpAt,
  reasons,
  reasonsSuggested = false,
  busy,
  onNote,
  onFollowUp,
  onReasons,
  onDecide,
}: Props) {
  const t = useT();
  return (
    <section className="decision" aria-labelledby="h-decision">
      <h2 id="h-decision">{t('decisionHeading')}</h2>
      <label className="stacked">
        {t('noteLabel')}
        <textarea
          data-testid="note"
          rows={2}
          maxLength={10_000}
          value={note}
          placeholder={t('notePlaceholder')}
          onChange={(e) => onNote(e.target.value)}
        />
      </label>
      <DeclineReasons value={reasons} suggested={reasonsSuggested} onChange={onReasons} />
      <div className="decide-row">
        <button
          type="button"
          className="btn accept"
          data-testid="decide-accepted"
          disabled={busy}
          onClick={() => onDecide('accepted')}
        >
          {t('decideAccepted')}
        </button>
        <button
          type="button"
          className="btn decline"
          data-testid="decide-declined"
          disabled={busy}
          onClick={() => onDecide('declined')}
        >
          {t('decideDeclined')}
        </button>
      </div>
      <div className="hold-row">
        <label>
          {t('followUpLabel')}
          <input
            type="date"
            data-testid="followup-date"
            value={followUpAt}
            onChange={(e) => onFollowUp(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="btn hold"
          data-testid="decide-hold"
          disabled={busy}
          onClick={() => onDecide('hold')}
        >
          {t('decideHold')}
        </button>
      </div>
    </section>
  );
}
