import { type FormEvent, useState } from 'react';
import type { SkillEntry } from '@/utils/analysis';
import type { Locale } from '@/utils/i18n';
import { type Profile, profileSchema } from '@/utils/schema/profile';
import { useT } from './i18n-context';
import { PreferencesSection } from './profile/PreferencesSection';
import { SkillsSection } from './profile/SkillsSection';
import { TiesSection } from './profile/TiesSection';

interface Props {
  profile: Profile;
  skills: readonly SkillEntry[];
  locale: Locale;
  busy?: boolean;
  onSave: (profile: Profile) => void;
}

/** The user's profile: skills, communities and contacts, preferences, dealbreakers, muted flags, language. */
export function ProfileForm({ profile, skills, locale, busy, onSave }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<Profile>(profile);
  const [errors, setErrors] = useState<string[]>([]);
  const [dirty, setDirty] = useState(false);
  const update = (patch: Partial<Profile>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setDirty(true);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = profileSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.join(' › ')}: ${issue.message}`));
      return;
    }
    setErrors([]);
    setDirty(false);
    onSave(parsed.data);
  };

  return (
    <form className="profile-form" onSubmit={submit} noValidate data-testid="profile-form">
      <SkillsSection draft={draft} update={update} skills={skills} locale={locale} />
      <TiesSection draft={draft} update={update} />
      <PreferencesSection draft={draft} update={update} locale={locale} />
      {errors.length ? (
        <div className="error" role="alert" data-testid="profile-errors">
          <p>{t('profileInvalid')}</p>
          <ul>
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="row">
        <button type="submit" className="btn primary" disabled={busy} data-testid="profile-save">
          {t('profileSave')}
        </button>
        <span className="muted" aria-live="polite">
          {dirty ? t('profileUnsaved') : ''}
        </span>
      </div>
    </form>
  );
}
