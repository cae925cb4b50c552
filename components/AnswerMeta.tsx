import { useT } from './i18n-context';

interface Props {
  changed: boolean;
  suggestedLabel: string | null;
  onReset: () => void;
}

/** Shows, for an answer the user changed, what the engine had suggested and a way back to it. */
export function AnswerMeta({ changed, suggestedLabel, onReset }: Props) {
  const t = useT();
  if (!changed) return null;
  return (
    <div className="answer-meta">
      <span className="badge user">{t('youChanged')}</span>
      {suggestedLabel !== null ? <span>{t('suggestedLabel', { value: suggestedLabel })}</span> : null}
      <button type="button" className="link" onClick={onReset}>
        {t('resetToSuggestion')}
      </button>
    </div>
  );
}
