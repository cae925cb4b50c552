import { useMemo } from 'react';
import type { SkillEntry } from '@/utils/analysis';
import type { Locale, MessageKey } from '@/utils/i18n';
import { skillLevelSchema } from '@/utils/schema/profile';
import { useT } from '../i18n-context';
import { SkillPicker } from '../SkillPicker';
import type { SectionProps } from './types';

/** The user's skills: added by name or synonym from the taxonomy (or free), each with level and years. */
export function SkillsSection({
  draft,
  update,
  skills,
  locale,
}: SectionProps & { skills: readonly SkillEntry[]; locale: Locale }) {
  const t = useT();
  const label = useMemo(() => new Map(skills.map((s) => [s.id, locale === 'ja' ? s.ja : s.en])), [skills, locale]);
  const setSkill = (index: number, patch: Partial<SectionProps['draft']['skills'][number]>) =>
    update({ skills: draft.skills.map((s, i) => (i === index ? { ...s, ...patch } : s)) });

  const addSkill = (skill: string) => {
    if (!draft.skills.some((s) => s.id === skill))
      update({ skills: [...draft.skills, { id: skill, level: 'working', years: null }] });
  };

  return (
    <section>
      <h2>{t('profileSkills')}</h2>
      <SkillPicker skills={skills} locale={locale} onPick={addSkill} testId="skill" />
      <ul className="profile-list">
        {draft.skills.map((skill, index) => (
          <li key={skill.id} data-testid="profile-skill" data-skill={skill.id}>
            <span className="skill-name">{label.get(skill.id) ?? skill.id}</span>
            <select
              aria-label={t('profileLevel')}
              value={skill.level}
              onChange={(e) => setSkill(index, { level: e.target.value as typeof skill.level })}
            >
              {skillLevelSchema.options.map((level) => (
                <option key={level} value={level}>
                  {t(`level.${level}` as MessageKey)}
                </option>
              ))}
            </select>
            <input
              type="number"
              aria-label={t('profileYears')}
              placeholder={t('profileYears')}
              value={skill.years ?? ''}
              onChange={(e) => setSkill(index, { years: e.target.value === '' ? null : Number(e.target.value) })}
            />
            <button
              type="button"
              className="small"
              onClick={() => update({ skills: draft.skills.filter((_, i) => i !== index) })}
            >
              {t('profileRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
