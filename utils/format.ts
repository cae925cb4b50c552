import type { Translate } from './i18n';
import type { Budget } from './schema/analysis';

/** Formats a budget for display, e.g. "$30–$250 / hour" or "￥50,000"; null when none was read. */
export function formatBudget(budget: Budget | null, locale: string, t: Translate): string | null {
  if (!budget || (budget.min === null && budget.max === null)) return null;
  const money = (n: number) => {
    try {
      return budget.currency
        ? new Intl.NumberFormat(locale, {
            style: 'currency',
            currency: budget.currency,
            maximumFractionDigits: 0,
          }).format(n)
        : new Intl.NumberFormat(locale).format(n);
    } catch {
      return `${budget.currency ?? ''} ${n}`.trim();
    }
  };
  const { min, max } = budget;
  const range =
    min !== null && max !== null && min !== max ? `${money(min)}–${money(max)}` : money((max ?? min) as number);
  const unit = budget.unit && budget.unit !== 'fixed' ? ` ${t(`unit.${budget.unit}`)}` : '';
  return range + unit;
}
