import type { Locale, MessageKey } from '@/utils/i18n';
import type { Profile } from '@/utils/schema/profile';
import { useT } from '../i18n-context';

type Rate = Profile['preferences']['minimumRates'][number];
const UNITS = ['hour', 'day', 'month', 'fixed'] as const;

/** The minimum rates, one per currency and unit; a new one starts in the UI language's currency. */
export function RatesField({
  rates,
  locale,
  onChange,
}: {
  rates: readonly Rate[];
  locale: Locale;
  onChange: (next: Rate[]) => void;
}) {
  const t = useT();
  const setRate = (index: number, patch: Partial<Rate>) =>
    onChange(rates.map((r, i) => (i === index ? { ...r, ...patch } : r)));
  return (
    <fieldset>
      <legend>{t('profileMinimumRates')}</legend>
      {rates.map((rate, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rates have no identity of their own; every field is controlled, so a position key cannot show stale values
        <div key={index} className="row" data-testid="minimum-rate">
          <input
            aria-label={t('outcomeAmount')}
            type="number"
            min={0}
            value={rate.amount}
            onChange={(e) => setRate(index, { amount: Number(e.target.value) })}
          />
          <input
            aria-label={t('outcomeCurrency')}
            maxLength={3}
            value={rate.currency}
            onChange={(e) => setRate(index, { currency: e.target.value.toUpperCase() })}
          />
          <select
            aria-label={t('profileRateUnit')}
            value={rate.unit}
            onChange={(e) => setRate(index, { unit: e.target.value as Rate['unit'] })}
          >
            {UNITS.map((unit) => (
              <option key={unit} value={unit}>
                {t(`rateUnit.${unit}` as MessageKey)}
              </option>
            ))}
          </select>
          <button type="button" className="small" onClick={() => onChange(rates.filter((_, i) => i !== index))}>
            {t('profileRemove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn"
        data-testid="add-rate"
        onClick={() => onChange([...rates, { currency: locale === 'ja' ? 'JPY' : 'USD', unit: 'hour', amount: 0 }])}
      >
        {t('profileAddRate')}
      </button>
    </fieldset>
  );
}
