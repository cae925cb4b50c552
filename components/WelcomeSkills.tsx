import { useMemo, useState } from 'react';
import type { SkillEntry } from '@/utils/analysis';
import { extractSkills } from '@/utils/analysis/skills';
import { useLocale, useT } from './i18n-context';
import { SkillPicker } from './SkillPicker';

interface Props {
  skills: readonly SkillEntry[];
  /** Skill ids picked so far, in order. */
  picked: readonly string[];
  onChange: (next: string[]) => void;
  skillLabel: (id: string) => string;
}

/**
 * Welcome step 1: skills typed one by one, or found in pasted profile or résumé text. The skills found
 * start ticked; the text itself is never stored.
 */
export function WelcomeSkills({ skills, picked, onChange, skillLabel }: Props) {
  const t = useT();
  const locale = useLocale();
  const [pasted, setPasted] = useState('');
  const [found, setFound] = useState<string[] | null>(null);
  const pickedSet = useMemo(() => new Set(picked), [picked]);

  const add = (skill: string) => {
    if (skill && !pickedSet.has(skill)) onChange([...picked, skill]);
  };
  const find = () => {
    const ids = [...new Set(extractSkills(pasted).map((hit) => hit.id))];
    setFound(ids);
    onChange([...picked, ...ids.filter((skill) => !pickedSet.has(skill))]);
  };
  const toggle = (skill: string, on: boolean) =>
    onChange(on ? [...picked.filter((s) => s !== skill), skill] : picked.filter((s) => s !== skill));

  return (
    <div className="welcome-fields">
      <SkillPicker skills={skills} locale={locale} onPick={add} testId="welcome-skill" />
      <label className="stacked">
        {t('welcomePasteLabel')}
        <textarea
          rows={6}
          data-testid="welcome-paste"
          value={pasted}
          maxLength={200_000}
          onChange={(e) => setPasted(e.target.value)}
        />
      </label>
      <div>
        <button type="button" className="btn" data-testid="welcome-find" disabled={!pasted.trim()} onClick={find}>
          {t('welcomeFindSkills')}
        </button>
      </div>
      {found ? (
        found.length ? (
          <fieldset className="welcome-found" data-testid="welcome-found">
            <legend>{t('welcomeFound')}</legend>
            {found.map((skill) => (
              <label key={skill} className="check">
                <input
                  type="checkbox"
                  value={skill}
                  checked={pickedSet.has(skill)}
                  onChange={(e) => toggle(skill, e.target.checked)}
                />
                {skillLabel(skill)}
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="muted" role="status">
            {t('welcomeFoundNone')}
          </p>
        )
      ) : null}
      <div className="skill-group">
        <span className="group-label">{t('welcomePicked', { count: picked.length })}</span>
        <ul className="chips" data-testid="welcome-picked">
          {picked.map((skill) => (
            <li key={skill}>
              <button
                type="button"
                className="chip have"
                aria-label={`${t('profileRemove')}: ${skillLabel(skill)}`}
                onClick={() => toggle(skill, false)}
              >
                {skillLabel(skill)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
