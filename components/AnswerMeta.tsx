import type { Certainty } from '@/utils/schema/analysis';
import { useT } from './i18n-context';

interface Props {
  changed: boolean;
  suggestedLabel: string | null;
  onReset: () => void;
  /** How sure the engine's suggestion is; shown while the answer is the engine's. */
  certainty?: Certainty;
}

/** Shows how sure the suggestion is, and, for an answer the user changed, what the engine had suggested. */
export function AnswerMeta({ changed, suggestedLabel, onReset, certainty }: Props) {
  const t = useT();
  if (!changed) return certainty ? <CertaintyBadge certainty={certainty} /> : null;
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

/** Stated in the text, likely, or not stated: next to the answer it qualifies. */
export function CertaintyBadge({ certainty }: { certainty: Certainty }) {
  const t = useT();
  return (
    <span className={`badge certainty certainty-${certainty}`} data-testid="certainty" data-certainty={certainty}>
      {t(`certainty.${certainty}`)}
    </span>
  );
}
