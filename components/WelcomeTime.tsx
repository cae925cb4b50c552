import type { MessageKey } from '@/utils/i18n';
import { useT } from './i18n-context';

export interface TimeDraft {
  hours: string;
  amount: string;
  currency: string;
  unit: 'hour' | 'day' | 'month' | 'fixed';
}

const UNITS = ['hour', 'day', 'month', 'fixed'] as const;

/** Welcome step 3: weekly hours and one minimum rate. */
export function WelcomeTime({ draft, onChange }: { draft: TimeDraft; onChange: (next: TimeDraft) => void }) {
  const t = useT();
  const set = (patch: Partial<TimeDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="welcome-fields">
      <label className="stacked">
        {t('profileWeeklyHours')}
        <input
          type="number"
          min={0}
          max={168}
          data-testid="welcome-hours"
          value={draft.hours}
          onChange={(e) => set({ hours: e.target.value })}
        />
      </label>
      <fieldset className="welcome-rate">
        <legend>{t('welcomeRateLabel')}</legend>
        <input
          type="number"
          min={0}
          aria-label={t('outcomeAmount')}
          data-testid="welcome-rate"
          value={draft.amount}
          onChange={(e) => set({ amount: e.target.value })}
        />
        <input
          aria-label={t('outcomeCurrency')}
          maxLength={3}
          size={4}
          data-testid="welcome-currency"
          value={draft.currency}
          onChange={(e) => set({ currency: e.target.value.toUpperCase() })}
        />
        <select
          aria-label={t('profileRateUnit')}
          data-testid="welcome-unit"
          value={draft.unit}
          onChange={(e) => set({ unit: e.target.value as TimeDraft['unit'] })}
        >
          {UNITS.map((unit) => (
            <option key={unit} value={unit}>
              {t(`rateUnit.${unit}` as MessageKey)}
            </option>
          ))}
        </select>
      </fieldset>
    </div>
  );
}
