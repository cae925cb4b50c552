import { resetSection, setRemote } from '@/utils/checklist-edit';
import { remoteModeSchema } from '@/utils/schema/analysis';
import type { Checklist } from '@/utils/schema/checklist';
import { AnswerMeta } from './AnswerMeta';
import { EvidenceList } from './EvidenceList';
import { useT } from './i18n-context';
import { Section } from './Section';

interface Props {
  checklist: Checklist;
  onChange?: (next: Checklist) => void;
  onQuote?: (quote: string) => void;
}

/** Question 3: fully remote, hybrid, on-site or unknown; hours and time zone. */
export function RemoteSection({ checklist, onChange, onQuote }: Props) {
  const t = useT();
  const answer = checklist.remote;
  const { mode } = answer.value;
  const tone = mode === 'full' ? 'ok' : mode === 'onsite' ? 'bad' : mode === 'hybrid' ? 'warn' : 'neutral';
  return (
    <Section
      id="remote"
      title={t('section.remote')}
      help={t('section.remote.help')}
      summary={t(`remote.${mode}`)}
      tone={tone}
    >
      <div className="choices" role="radiogroup" aria-label={t('section.remote')}>
        {remoteModeSchema.options.map((option) => (
          <label key={option} className={mode === option ? 'choice selected' : 'choice'}>
            <input
              type="radio"
              name="remote"
              value={option}
              checked={mode === option}
              disabled={!onChange}
              onChange={() => onChange?.(setRemote(checklist, { ...answer.value, mode: option }))}
            />
            {t(`remote.${option}`)}
          </label>
        ))}
      </div>
      <div className="pair">
        <label>
          {t('hoursLabel')}
          <input
            type="text"
            value={answer.value.hours ?? ''}
            maxLength={200}
            disabled={!onChange}
            onChange={(e) => onChange?.(setRemote(checklist, { ...answer.value, hours: e.target.value || null }))}
          />
        </label>
        <label>
          {t('timeZoneLabel')}
          <input
            type="text"
            value={answer.value.timeZone ?? ''}
            maxLength={100}
            disabled={!onChange}
            onChange={(e) => onChange?.(setRemote(checklist, { ...answer.value, timeZone: e.target.value || null }))}
          />
        </label>
      </div>
      <AnswerMeta
        changed={answer.source === 'user'}
        suggestedLabel={answer.suggested ? t(`remote.${answer.suggested.mode}`) : null}
        onReset={() => onChange?.(resetSection(checklist, 'remote'))}
        certainty={answer.certainty}
      />
      <EvidenceList evidence={answer.evidence} onQuote={onQuote} />
    </Section>
  );
}
