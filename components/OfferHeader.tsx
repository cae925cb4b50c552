import { formatBudget } from '@/utils/format';
import type { Budget } from '@/utils/schema/analysis';
import type { OfferCapture } from '@/utils/schema/offer';
import { useLocale, useT } from './i18n-context';

/** The offer's title, client, budget and where it was read from. */
export function OfferHeader({
  capture,
  budget,
}: {
  capture: Pick<OfferCapture, 'title' | 'client' | 'budgetText' | 'source' | 'site'>;
  budget: Budget | null;
}) {
  const t = useT();
  const locale = useLocale();
  const budgetLabel = formatBudget(budget, locale, t) ?? capture.budgetText ?? t('budgetNotStated');
  return (
    <header className="offer-head">
      <h1 data-testid="overlay-title">{capture.title || capture.site}</h1>
      <dl className="facts">
        <div>
          <dt>{t('clientLabel')}</dt>
          <dd data-testid="overlay-client">{capture.client.name || capture.client.handle || t('unknownClient')}</dd>
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
    </header>
  );
}
