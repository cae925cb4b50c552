import { type FormEvent, useState } from 'react';
import { addSkill, resetSection, toggleSkill } from '@/utils/checklist-edit';
import type { Checklist } from '@/utils/schema/checklist';
import { AnswerMeta } from './AnswerMeta';
import { EvidenceList } from './EvidenceList';
import { useT } from './i18n-context';
import { Section } from './Section';
import { SkillMatchEmpty } from './SkillMatchEmpty';

interface Props {
  checklist: Checklist;
  onChange?: (next: Checklist) => void;
  onQuote?: (quote: string) => void;
  /** Display name of a skill id in the UI language; the id itself when absent. */
  skillLabel?: (id: string) => string;
  /** The profile has no skills yet: nothing can be called missing. */
  unjudged?: boolean;
  settingsUrl?: string;
  /**
   * Missing skills the profile partly covers, each with the broader profile skill that comes close
   * (a job asking PostgreSQL, a profile with SQL).
   */
  partialVia?: Readonly<Record<string, string>>;
}

/** Question 2: which required skills do I have, which are missing? Click a skill to move it. */
export function SkillMatchSection({
  checklist,
  onChange,
  onQuote,
  skillLabel = (id) => id,
  unjudged = false,
  settingsUrl,
  partialVia = {},
}: Props) {
  const t = useT();
  const [draft, setDraft] = useState('');
  const answer = checklist.skillMatch;
  const { matched } = answer.value;
  const partial = answer.value.missing.filter((s) => partialVia[s]);
  const missing = answer.value.missing.filter((s) => !partialVia[s]);
  const total = matched.length + partial.length + missing.length;
  const tone =
    total === 0 || unjudged
      ? 'neutral'
      : missing.length + partial.length === 0
        ? 'ok'
        : matched.length + partial.length === 0
          ? 'bad'
          : 'warn';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!onChange || !draft.trim()) return;
    onChange(addSkill(checklist, draft, false));
    setDraft('');
  };
  const chip = (skill: string, have: boolean) => {
    const via = have ? undefined : partialVia[skill];
    return (
      <li key={skill}>
        <button
          type="button"
          className={have ? 'chip have' : via ? 'chip partial' : 'chip lack'}
          disabled={!onChange}
          title={have ? t('moveToMissing') : t('moveToMatched')}
          aria-pressed={have}
          onClick={() => onChange?.(toggleSkill(checklist, skill))}
        >
          <span aria-hidden="true">{have ? '✓' : via ? '≈' : '✗'}</span> {skillLabel(skill)}
          {via ? <span className="chip-note"> {t('skillPartialVia', { skill: skillLabel(via) })}</span> : null}
        </button>
      </li>
    );
  };
  return (
    <Section
      id="skillMatch"
      title={t('section.skillMatch')}
      help={t('section.skillMatch.help')}
      summary={total && !unjudged ? `${matched.length}/${total}` : undefined}
      tone={tone}
    >
      {total === 0 ? <p className="muted">{t('skillsNone')}</p> : null}
      {unjudged ? (
        <SkillMatchEmpty skills={[...matched, ...missing]} skillLabel={skillLabel} settingsUrl={settingsUrl} />
      ) : null}
      {matched.length && !unjudged ? (
        <div className="skill-group">
          <span className="group-label">{t('skillsMatched')}</span>
          <ul className="chips" data-testid="skills-matched">
            {matched.map((s) => chip(s, true))}
          </ul>
        </div>
      ) : null}
      {partial.length && !unjudged ? (
        <div className="skill-group">
          <span className="group-label">{t('skillsPartial')}</span>
          <ul className="chips" data-testid="skills-partial">
            {partial.map((s) => chip(s, false))}
          </ul>
        </div>
      ) : null}
      {missing.length && !unjudged ? (
        <div className="skill-group">
          <span className="group-label">{t('skillsMissing')}</span>
          <ul className="chips" data-testid="skills-missing">
            {missing.map((s) => chip(s, false))}
          </ul>
        </div>
      ) : null}
      {onChange ? (
        <form className="inline-form" onSubmit={submit}>
          <input
            type="text"
            value={draft}
            maxLength={100}
            aria-label={t('addSkill')}
            placeholder={t('addSkill')}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="small">
            +
          </button>
        </form>
      ) : null}
      <AnswerMeta
        changed={answer.source === 'user'}
        suggestedLabel={null}
        onReset={() => onChange?.(resetSection(checklist, 'skillMatch'))}
      />
      <EvidenceList evidence={answer.evidence} onQuote={onQuote} />
    </Section>
  );
}
