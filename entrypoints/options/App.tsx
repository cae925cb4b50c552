import { I18nProvider } from '@/components/I18nProvider';
import { useT } from '@/components/i18n-context';
import { resolveLocale } from '@/utils/ui-locale';

/** The settings page. For now it states what it will hold; the profile editor is a later piece of work. */
export function App() {
  return (
    <I18nProvider locale={resolveLocale()}>
      <Options />
    </I18nProvider>
  );
}

function Options() {
  const t = useT();
  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      <p>{t('optionsComing')}</p>
      <ul>
        <li>{t('optionsSkills')}</li>
        <li>{t('optionsCommunities')}</li>
        <li>{t('optionsPreferences')}</li>
        <li>{t('optionsWeights')}</li>
        <li>{t('optionsLanguage')}</li>
        <li>{t('optionsData')}</li>
      </ul>
      <p className="muted">{t('optionsOpenJournal')}</p>
    </main>
  );
}
