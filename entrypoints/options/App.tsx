import { useEffect, useMemo, useState } from 'react';
import { I18nProvider } from '@/components/I18nProvider';
import { useLocale, useT } from '@/components/i18n-context';
import { ProfileForm } from '@/components/ProfileForm';
import { listSkills } from '@/utils/analysis';
import { getProfile, saveProfile } from '@/utils/db';
import { asResult } from '@/utils/db/results';
import { errorMessageKey } from '@/utils/error-message';
import type { MessageKey } from '@/utils/i18n';
import type { Profile } from '@/utils/schema/profile';
import { resolveLocale } from '@/utils/ui-locale';

type Status = { kind: 'info' | 'error'; key: MessageKey; detail?: string } | null;

/** The settings page: the profile that skill match, community tie and the verdict are judged against. */
export function App() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    getProfile().then(setProfile, (error: unknown) => setLoadError(String(error)));
  }, []);
  return (
    <I18nProvider locale={resolveLocale(profile?.uiLanguage)}>
      <Options profile={profile} loadError={loadError} onSaved={setProfile} />
    </I18nProvider>
  );
}

function Options({
  profile,
  loadError,
  onSaved,
}: {
  profile: Profile | null;
  loadError: string | null;
  onSaved: (profile: Profile) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const skills = useMemo(() => listSkills(), []);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);

  const save = async (next: Profile) => {
    setBusy(true);
    const saved = await asResult(() => saveProfile(next));
    setBusy(false);
    if (saved.ok) {
      onSaved(saved.data);
      setStatus({ kind: 'info', key: 'profileSaved' });
    } else {
      // The form keeps what the user typed; only the message changes.
      setStatus({ kind: 'error', key: errorMessageKey(saved) });
    }
  };

  return (
    <main className="options">
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
      {loadError ? (
        <p className="error" role="alert">
          {t('loadFailed', { detail: loadError })}
        </p>
      ) : null}
      {profile ? (
        <ProfileForm
          key={profile.uiLanguage}
          profile={profile}
          skills={skills}
          locale={locale}
          busy={busy}
          onSave={save}
        />
      ) : null}
      {/* Always in the page, so screen readers announce the message when it arrives. */}
      <p
        className={status ? (status.kind === 'error' ? 'error' : 'notice') : 'live'}
        role={status?.kind === 'error' ? 'alert' : 'status'}
        data-testid="options-status"
      >
        {status ? t(status.key) : ''}
      </p>
      <p className="muted">{t('optionsOpenJournal')}</p>
      <p>
        <a href="/welcome.html" data-testid="open-welcome">
          {t('optionsWelcome')}
        </a>
      </p>
    </main>
  );
}
