import { useId, useState } from 'react';
import type { SkillEntry } from '@/utils/analysis';
import type { Locale } from '@/utils/i18n';
import { resolveSkill } from '@/utils/profile-edit';
import { useT } from './i18n-context';

interface Props {
  skills: readonly SkillEntry[];
  locale: Locale;
  /** Called with the skill id the typed name or synonym stands for (a taxonomy id, or the text itself). */
  onPick: (skill: string) => void;
  /** Names the field and its button for tests: `<testId>-input`, `<testId>-add`. */
  testId: string;
}

/** A skill typed by name or synonym, suggested from the taxonomy, added with Enter or the Add button. */
export function SkillPicker({ skills, locale, onPick, testId }: Props) {
  const t = useT();
  const listId = `${useId()}-skills`;
  const [typed, setTyped] = useState('');

  const pick = () => {
    const skill = resolveSkill(typed, skills);
    if (!skill) return;
    onPick(skill);
    setTyped('');
  };

  return (
    <>
      <datalist id={listId}>
        {skills.map((s) => (
          <option key={s.id} value={locale === 'ja' ? s.ja : s.en}>
            {s.synonyms.slice(0, 4).join(', ')}
          </option>
        ))}
      </datalist>
      <div className="row">
        <input
          aria-label={t('profileAddSkill')}
          placeholder={t('profileAddSkillHint')}
          list={listId}
          data-testid={`${testId}-input`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              pick();
            }
          }}
        />
        <button type="button" className="btn" onClick={pick} data-testid={`${testId}-add`}>
          {t('profileAdd')}
        </button>
      </div>
    </>
  );
}
