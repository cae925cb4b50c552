import { setFlagMuted, toggleValue } from '@/utils/profile-edit';
import { liabilityFlagIds } from '@/utils/schema/analysis';
import { dealbreakerSchema } from '@/utils/schema/profile';
import { useT } from '../i18n-context';
import type { SectionProps } from './types';

const SECTIONS = ['communityTie', 'skillMatch', 'remote', 'liability'] as const;

/** How the verdict is judged: each section's weight, the dealbreakers, and the flags the user muted. */
export function JudgingFields({ draft, update }: SectionProps) {
  const t = useT();
  return (
    <>
      <fieldset>
        <legend>{t('profileWeights')}</legend>
        {SECTIONS.map((section) => (
          <label key={section} className="check">
            <input
              type="range"
              min={0}
              max={3}
              step={0.5}
              data-testid={`weight-${section}`}
              value={draft.weights[section]}
              onChange={(e) => update({ weights: { ...draft.weights, [section]: Number(e.target.value) } })}
            />
            {t(`section.${section}`)} × {draft.weights[section]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('profileDealbreakers')}</legend>
        {dealbreakerSchema.options.map((flag) => (
          <label key={flag} className="check">
            <input
              type="checkbox"
              checked={draft.dealbreakers.includes(flag)}
              onChange={(e) => update({ dealbreakers: toggleValue(draft.dealbreakers, flag, e.target.checked) })}
            />
            {t(`flag.${flag}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('profileMuted')}</legend>
        {liabilityFlagIds.map((flag) => (
          <label key={flag} className="check">
            <input
              type="checkbox"
              checked={draft.mutedFlags.includes(flag)}
              onChange={(e) => update({ mutedFlags: setFlagMuted(draft.mutedFlags, flag, e.target.checked) })}
            />
            {t(`flag.${flag}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
