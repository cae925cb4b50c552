import type { Locale, MessageKey } from '@/utils/i18n';
import { toggleValue } from '@/utils/profile-edit';
import type { Profile } from '@/utils/schema/profile';
import { useT } from '../i18n-context';
import { JudgingFields } from './JudgingFields';
import { RatesField } from './RatesField';
import type { SectionProps } from './types';

const REMOTE = ['full-only', 'hybrid-ok', 'onsite-ok'] as const;

/** Remote, hours, languages and rates the user works with; how the verdict weighs; the UI language. */
export function PreferencesSection({ draft, update, locale }: SectionProps & { locale: Locale }) {
  const t = useT();
  const preferences = draft.preferences;
  const setPreferences = (patch: Partial<Profile['preferences']>) =>
    update({ preferences: { ...preferences, ...patch } });
  return (
    <section>
      <h2>{t('profilePreferences')}</h2>
      <label>
        {t('profileRemote')}
        <select
          value={preferences.remote}
          onChange={(e) => setPreferences({ remote: e.target.value as Profile['preferences']['remote'] })}
        >
          {REMOTE.map((r) => (
            <option key={r} value={r}>
              {t(`remotePref.${r}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('profileWeeklyHours')}
        <input
          type="number"
          data-testid="weekly-hours"
          value={preferences.weeklyHours ?? ''}
          onChange={(e) => setPreferences({ weeklyHours: e.target.value === '' ? null : Number(e.target.value) })}
        />
      </label>
      <fieldset>
        <legend>{t('profileLanguages')}</legend>
        {(['ja', 'en'] as const).map((language) => (
          <label key={language} className="check">
            <input
              type="checkbox"
              checked={preferences.languages.includes(language)}
              onChange={(e) =>
                setPreferences({ languages: toggleValue(preferences.languages, language, e.target.checked) })
              }
            />
            {language === 'ja' ? '日本語' : 'English'}
          </label>
        ))}
      </fieldset>
      <RatesField
        rates={preferences.minimumRates}
        locale={locale}
        onChange={(minimumRates) => setPreferences({ minimumRates })}
      />
      <JudgingFields draft={draft} update={update} />
      <label>
        {t('profileLanguage')}
        <select
          data-testid="ui-language"
          value={draft.uiLanguage}
          onChange={(e) => update({ uiLanguage: e.target.value as Profile['uiLanguage'] })}
        >
          <option value="browser">{t('languageBrowser')}</option>
          <option value="en">English</option>
          <option value="ja">日本語</option>
        </select>
      </label>
    </section>
  );
}
