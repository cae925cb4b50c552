import { useId, useMemo, useState } from 'react';
import type { SkillEntry } from '@/utils/analysis';
import type { Locale, MessageKey } from '@/utils/i18n';
import { resolveSkill } from '@/utils/profile-edit';
import { skillLevelSchema } from '@/utils/schema/profile';
import { useT } from '../i18n-context';
import type { SectionProps } from './types';

/** The user's skills: added by name or synonym from the taxonomy (or free), each with level and years. */
export function SkillsSection({
  draft,
  update,
  skills,
  locale,
}: SectionProps & { skills: readonly SkillEntry[]; locale: Locale }) {
  const t = useT();
  const id = useId();
  const [skillText, setSkillText] = useState('');
  const label = useMemo(() => new Map(skills.map((s) => [s.id, locale === 'ja' ? s.ja : s.en])), [skills, locale]);
  const setSkill = (index: number, patch: Partial<SectionProps['draft']['skills'][number]>) =>
    update({ skills: draft.skills.map((s, i) => (i === index ? { ...s, ...patch } : s)) });

  const addSkill = () => {
    const skill = resolveSkill(skillText, skills);
    if (!skill) return;
    if (!draft.skills.some((s) => s.id === skill))
      update({ skills: [...draft.skills, { id: skill, level: 'working', years: null }] });
    setSkillText('');
  };

  return (
    <section>
      <h2>{t('profileSkills')}</h2>
      <datalist id={`${id}-skills`}>
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
          list={`${id}-skills`}
          data-testid="skill-input"
          value={skillText}
          onChange={(e) => setSkillText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              addSkill();
            }
          }}
        />
        <button type="button" className="btn" onClick={addSkill} data-testid="skill-add">
          {t('profileAdd')}
        </button>
      </div>
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
