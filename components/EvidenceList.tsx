import type { Evidence } from '@/utils/schema/analysis';
import { useT } from './i18n-context';

interface Props {
  evidence: readonly Evidence[];
  /** Scrolls the page to the quote; absent where there is no page (the journal). */
  onQuote?: (quote: string) => void;
  /** Limit shown quotes; the rest are counted. */
  max?: number;
}

/** The words on the page an answer relied on, shown as quotes (as text, never as HTML). */
export function EvidenceList({ evidence, onQuote, max = 3 }: Props) {
  const t = useT();
  if (evidence.length === 0) return null;
  const shown = evidence.slice(0, max);
  return (
    <div className="evidence">
      <span className="evidence-label">{t('evidenceLabel')}:</span>
      {shown.map((item) =>
        onQuote ? (
          <button
            type="button"
            key={`${item.field}:${item.start}`}
            className="quote"
            data-testid="evidence-quote"
            onClick={() => onQuote(item.quote)}
          >
            “{item.quote}”
          </button>
        ) : (
          <q key={`${item.field}:${item.start}`} className="quote" data-testid="evidence-quote">
            {item.quote}
          </q>
        ),
      )}
      {evidence.length > shown.length ? <span className="more">+{evidence.length - shown.length}</span> : null}
    </div>
  );
}
