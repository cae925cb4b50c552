import type { MessageKey } from '@/utils/i18n';
import type { Bar, Insights } from '@/utils/journal/insights';
import { useT } from './i18n-context';

/** One small bar chart, readable without the bars: every bar is a labelled value in a list. */
function Chart({
  title,
  bars,
  label,
  empty = '—',
}: {
  title: string;
  bars: readonly Bar[];
  label?: (bar: Bar) => string;
  empty?: string;
}) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      {bars.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {bars.map((bar) => (
            <li key={bar.label}>
              <span className="chart-label">{label ? label(bar) : bar.label}</span>
              <span className="chart-bar" aria-hidden="true" style={{ width: `${(bar.value / max) * 100}%` }} />
              <span className="chart-value">{bar.value.toLocaleString()}</span>
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

/** The journal at a glance: pace, accept rate, sites, why offers were declined, earnings. */
export function InsightsView({ insights }: { insights: Insights }) {
  const t = useT();
  return (
    <section className="insights" data-testid="insights" aria-label={t('insightsTitle')}>
      <p className="insights-rate">
        {insights.acceptRate === null
          ? t('insightsNoRate')
          : t('insightsAcceptRate', { rate: Math.round(insights.acceptRate * 100) })}
      </p>
      <Chart
        title={t('insightsPerWeek')}
        bars={insights.perWeek}
        label={(b) => t('insightsWeekOf', { date: b.label })}
      />
      <Chart title={t('insightsBySite')} bars={insights.bySite} />
      <Chart
        title={t('insightsDeclineReasons')}
        bars={insights.declineReasons}
        label={(b) => t(`reason.${b.label}` as MessageKey)}
        empty={t('insightsNoReasons')}
      />
      <Chart
        title={t('insightsDeclineFlags')}
        bars={insights.declineFlags}
        label={(b) => t(`flag.${b.label}` as MessageKey)}
      />
      <Chart title={t('insightsEarnings')} bars={insights.earnings} />
    </section>
  );
}
