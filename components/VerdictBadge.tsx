import type { UnjudgedPart } from '@/utils/analysis/verdict';
import type { MessageKey } from '@/utils/i18n';
import type { Verdict, VerdictReason } from '@/utils/schema/analysis';
import { useT } from './i18n-context';
import { SettingsLink } from './SettingsLink';

/** How many reasons the badge names: the ones that cost the most. */
const SHOWN_REASONS = 3;

function reasonKey(reason: VerdictReason): MessageKey {
  if (reason.code.startsWith('trust:')) return `trust.${reason.code.slice(6)}` as MessageKey;
  if (reason.item === 'communityTie') return `tie.${reason.code}` as MessageKey;
  if (reason.item === 'remote') return `remote.${reason.code}` as MessageKey;
  if (reason.item === 'liability' && reason.code !== 'no-escrow') return `flag.${reason.code}` as MessageKey;
  return `reason.${reason.code}` as MessageKey;
}

/** The overall verdict: level, score, the reasons that moved it most, and what it could not judge. */
export function VerdictBadge({
  verdict,
  unjudged = [],
  settingsUrl,
}: {
  verdict: Verdict;
  unjudged?: readonly UnjudgedPart[];
  settingsUrl?: string;
}) {
  const t = useT();
  const costs = verdict.reasons.filter((r) => r.impact < 0 || r.dealbreaker).slice(0, SHOWN_REASONS);
  return (
    <div className={`verdict level-${verdict.level}`} data-testid="verdict" data-level={verdict.level}>
      <div className="verdict-line">
        <span className="verdict-label">{t('verdictLabel')}</span>
        <strong>{t(`verdict.${verdict.level}`)}</strong>
        <span className="score">{t('verdictScore', { score: Math.round(verdict.score) })}</span>
      </div>
      {costs.length ? (
        <p className="verdict-why" data-testid="verdict-reasons">
          <span className="verdict-label">{t('verdictWhy')}</span>{' '}
          {costs.map((reason, i) => (
            <span key={`${reason.item}:${reason.code}`} className="reason" data-reason={reason.code}>
              {i > 0 ? ' · ' : ''}
              {t(reasonKey(reason))}
              {reason.dealbreaker ? ` (${t('reason.dealbreaker')})` : ` (${Math.round(reason.impact)})`}
            </span>
          ))}
        </p>
      ) : null}
      {unjudged.length ? (
        <p className="verdict-why" data-testid="verdict-unjudged">
          <span className="verdict-label">{t('verdictUnjudged')}</span>{' '}
          {unjudged.map((part, i) => (
            <span key={part} data-part={part}>
              {i > 0 ? ' · ' : ''}
              {t(`unjudged.${part}`)}
            </span>
          ))}{' '}
          <SettingsLink href={settingsUrl} />
        </p>
      ) : null}
    </div>
  );
}
