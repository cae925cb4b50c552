import { useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { I18nProvider } from '@/components/I18nProvider';
import { useT } from '@/components/i18n-context';
import { Welcome } from '@/components/Welcome';
import { listSkills } from '@/utils/analysis';
import { getProfile, JournalError, saveProfile } from '@/utils/db';
import type { MessageKey } from '@/utils/i18n';
import { type Profile, profileSchema } from '@/utils/schema/profile';
import { resolveLocale } from '@/utils/ui-locale';

/** The welcome page, opened once on install and from the settings: it writes the profile as the settings do. */
export function App() {
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    getProfile().then(setProfile, (error: unknown) => setLoadError(String(error)));
  }, []);
  const save = async (next: Profile): Promise<MessageKey | null> => {
    const parsed = profileSchema.safeParse(next);
    if (!parsed.success) return 'profileInvalid';
    try {
      setProfile(await saveProfile(parsed.data));
      return null;
    } catch (error) {
      return error instanceof JournalError && error.code === 'quota' ? 'error.quota' : 'error.storage';
    }
  };
  return (
    <I18nProvider locale={resolveLocale(profile?.uiLanguage)}>
      {profile ? <WelcomePage profile={profile} onSave={save} /> : <LoadFailed detail={loadError} />}
    </I18nProvider>
  );
}

function WelcomePage({ profile, onSave }: { profile: Profile; onSave: (next: Profile) => Promise<MessageKey | null> }) {
  const skills = useMemo(() => listSkills(), []);
  return (
    <Welcome profile={profile} skills={skills} onSave={onSave} settingsUrl={browser.runtime.getURL('/options.html')} />
  );
}

function LoadFailed({ detail }: { detail: string | null }) {
  const t = useT();
  if (!detail) return null;
  return (
    <p className="error" role="alert">
      {t('loadFailed', { detail })}
    </p>
  );
}
