import { useId } from 'react';
import type { Outcome } from '@/utils/schema/decision';
import { useT } from './i18n-context';

export const EMPTY_OUTCOME: Outcome = {
  startedAt: null,
  deliveredAt: null,
  amountPaid: null,
  currency: null,
  paidAt: null,
  hoursSpent: null,
  clientRating: null,
  link: null,
  testimonial: null,
};

interface Props {
  outcome: Outcome;
  onChange: (next: Outcome) => void;
}

const numberOrNull = (value: string): number | null => (value.trim() === '' ? null : Number(value));

/** What happened with accepted work: dates, pay, hours, the client's rating, a link or testimonial. */
export function OutcomeForm({ outcome, onChange }: Props) {
  const t = useT();
  const id = useId();
  const set = (patch: Partial<Outcome>) => onChange({ ...outcome, ...patch });
  const field = (key: string, label: string, control: React.ReactNode) => (
    <label className="filter" htmlFor={`${id}-${key}`}>
      <span>{label}</span>
      {control}
    </label>
  );
  return (
    <fieldset className="outcome" data-testid="outcome-form">
      <legend>{t('outcomeHeading')}</legend>
      <div className="filter-grid">
        {field(
          'started',
          t('outcomeStarted'),
          <input
            id={`${id}-started`}
            type="date"
            value={outcome.startedAt ?? ''}
            onChange={(e) => set({ startedAt: e.target.value || null })}
          />,
        )}
        {field(
          'delivered',
          t('outcomeDelivered'),
          <input
            id={`${id}-delivered`}
            type="date"
            value={outcome.deliveredAt ?? ''}
            onChange={(e) => set({ deliveredAt: e.target.value || null })}
          />,
        )}
        {field(
          'amount',
          t('outcomeAmount'),
          <input
            id={`${id}-amount`}
            data-testid="outcome-amount"
            type="number"
            min={0}
            step="any"
            value={outcome.amountPaid ?? ''}
            onChange={(e) => set({ amountPaid: numberOrNull(e.target.value) })}
          />,
        )}
        {field(
          'currency',
          t('outcomeCurrency'),
          <input
            id={`${id}-currency`}
            maxLength={3}
            placeholder="JPY"
            value={outcome.currency ?? ''}
            onChange={(e) => set({ currency: e.target.value.toUpperCase() || null })}
          />,
        )}
        {field(
          'paid',
          t('outcomePaid'),
          <input
            id={`${id}-paid`}
            type="date"
            value={outcome.paidAt ?? ''}
            onChange={(e) => set({ paidAt: e.target.value || null })}
          />,
        )}
        {field(
          'hours',
          t('outcomeHours'),
          <input
            id={`${id}-hours`}
            type="number"
            min={0}
            step="any"
            value={outcome.hoursSpent ?? ''}
            onChange={(e) => set({ hoursSpent: numberOrNull(e.target.value) })}
          />,
        )}
        {field(
          'rating',
          t('outcomeRating'),
          <select
            id={`${id}-rating`}
            value={outcome.clientRating ?? ''}
            onChange={(e) => set({ clientRating: numberOrNull(e.target.value) })}
          >
            <option value="">—</option>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {'★'.repeat(n)}
              </option>
            ))}
          </select>,
        )}
        {field(
          'link',
          t('outcomeLink'),
          <input
            id={`${id}-link`}
            type="url"
            value={outcome.link ?? ''}
            onChange={(e) => set({ link: e.target.value || null })}
          />,
        )}
      </div>
      <label className="stacked">
        {t('outcomeTestimonial')}
        <textarea
          rows={2}
          maxLength={5000}
          value={outcome.testimonial ?? ''}
          onChange={(e) => set({ testimonial: e.target.value || null })}
        />
      </label>
    </fieldset>
  );
}
