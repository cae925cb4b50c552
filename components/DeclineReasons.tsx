import { DECLINE_REASONS, type DeclineReason } from '@/utils/schema/decision';
import { useT } from './i18n-context';

interface Props {
  value: readonly DeclineReason[];
  /** The ticks are a suggestion from the checklist: say so. */
  suggested?: boolean;
  onChange: (next: DeclineReason[]) => void;
}

/** "Why decline?": reasons picked from a short list, so the journal can count them. */
export function DeclineReasons({ value, suggested = false, onChange }: Props) {
  const t = useT();
  return (
    <fieldset className="reasons" data-testid="decline-reasons">
      <legend>{t('declineReasonsLabel')}</legend>
      {suggested ? (
        <p className="help" data-testid="reasons-suggested">
          {t('declineReasonsSuggested')}
        </p>
      ) : null}
      <div className="choices">
        {DECLINE_REASONS.map((reason) => {
          const on = value.includes(reason);
          return (
            <label key={reason} className={on ? 'choice selected' : 'choice'}>
              <input
                type="checkbox"
                value={reason}
                checked={on}
                onChange={() =>
                  onChange(
                    on
                      ? value.filter((r) => r !== reason)
                      : DECLINE_REASONS.filter((r) => r === reason || value.includes(r)),
                  )
                }
              />
              {t(`reason.${reason}`)}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
