import { formatBudget } from '@/utils/format';
import type { MessageKey } from '@/utils/i18n';
import type { Budget } from '@/utils/schema/analysis';
import type { OfferCapture } from '@/utils/schema/offer';
import { useLocale, useT } from './i18n-context';

/** The offer's title, client, budget, where it was read from, and what the page did not let us read. */
export function OfferHeader({
  capture,
  budget,
}: {
  capture: Pick<OfferCapture, 'title' | 'client' | 'budgetText' | 'source' | 'site' | 'missing'>;
  budget: Budget | null;
}) {
  const t = useT();
  const locale = useLocale();
  // A pay the analysis found in the text is not missing, whatever the page's pay field said.
  const missing = (capture.missing ?? []).filter((field) => field !== 'budget' || !budget);
  const budgetMissing = missing.includes('budget');
  const clientMissing = missing.includes('client');
  const budgetLabel =
    formatBudget(budget, locale, t) ??
    capture.budgetText ??
    (budgetMissing ? t('missing.budget') : t('budgetNotStated'));
  const clientLabel =
    capture.client.name || capture.client.handle || (clientMissing ? t('missing.client') : t('unknownClient'));
  return (
    <header className="offer-head">
      <h1 data-testid="overlay-title">{capture.title || capture.site}</h1>
      <dl className="facts">
        <div>
          <dt>{t('clientLabel')}</dt>
          <dd data-testid="overlay-client">{clientLabel}</dd>
        </div>
        <div>
          <dt>{t('budgetLabel')}</dt>
          <dd data-testid="overlay-budget">{budgetLabel}</dd>
        </div>
        <div className="wide">
          <dt>{t('sourceLabel')}</dt>
          <dd data-testid="overlay-source">{t(`source.${capture.source}`)}</dd>
        </div>
      </dl>
      {missing.length ? (
        <div className="missing" data-testid="overlay-missing">
          <p className="missing-heading">{t('missingHeading')}</p>
          <ul>
            {missing.map((field) => (
              <li key={field} data-missing={field}>
                {t(`missing.${field}` as MessageKey)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </header>
  );
}
