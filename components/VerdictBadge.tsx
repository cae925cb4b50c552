import type { Verdict } from '@/utils/schema/analysis';
import { useT } from './i18n-context';

/** The overall verdict: level, score and the reasons that moved it most. */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  const t = useT();
  return (
    <div className={`verdict level-${verdict.level}`} data-testid="verdict" data-level={verdict.level}>
      <span className="verdict-label">{t('verdictLabel')}</span>
      <strong>{t(`verdict.${verdict.level}`)}</strong>
      <span className="score">{t('verdictScore', { score: Math.round(verdict.score) })}</span>
    </div>
  );
}
