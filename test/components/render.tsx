import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../components/I18nProvider';
import type { Locale } from '../../utils/i18n';

/** Renders a component inside the i18n provider, in one locale. */
export function renderIn(locale: Locale, ui: ReactElement) {
  return render(<I18nProvider locale={locale}>{ui}</I18nProvider>);
}
