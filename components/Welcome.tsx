import { useEffect, useMemo, useRef, useState } from 'react';
import type { SkillEntry } from '@/utils/analysis';
import type { MessageKey } from '@/utils/i18n';
import type { Community, Contact, Profile } from '@/utils/schema/profile';
import { createSkillLabeler } from '@/utils/skill-labels';
import { useLocale, useT } from './i18n-context';
import { WelcomeSkills } from './WelcomeSkills';
import { WelcomeTies } from './WelcomeTies';
import { type TimeDraft, WelcomeTime } from './WelcomeTime';

const STEPS = ['skills', 'ties', 'time'] as const;
type Step = 'intro' | (typeof STEPS)[number] | 'done';

interface Props {
  profile: Profile;
  skills: readonly SkillEntry[];
  /** Saves the whole profile; resolves to an error message key, or null once saved. */
  onSave: (next: Profile) => Promise<MessageKey | null>;
  settingsUrl?: string;
}

const names = (text: string) => [
  ...new Set(
    text
      .split(/[,、，\n]+/)
      .map((part) => part.trim())
      .filter(Boolean),
  ),
];

/** Adds the named communities and people the profile does not hold yet (matched by name, any case). */
function withTies(profile: Profile, communitiesText: string, contactsText: string): Profile {
  const known = (list: readonly { name: string }[], name: string) =>
    list.some((item) => item.name.toLowerCase() === name.toLowerCase());
  const communities: Community[] = names(communitiesText)
    .filter((name) => !known(profile.communities, name))
    .map((name) => ({
      id: crypto.randomUUID(),
      name: name.slice(0, 200),
      kind: 'other',
      aliases: [],
      memberHandles: [],
      emailDomains: [],
    }));
  const contacts: Contact[] = names(contactsText)
    .filter((name) => !known(profile.contacts, name))
    .map((name) => ({
      id: crypto.randomUUID(),
      name: name.slice(0, 200),
      handles: name.startsWith('@') ? [name] : [],
      profileUrls: [],
      email: null,
      knownAs: 'friend',
    }));
  return {
    ...profile,
    communities: [...profile.communities, ...communities],
    contacts: [...profile.contacts, ...contacts],
  };
}

function withTime(profile: Profile, draft: TimeDraft): Profile {
  const hours = draft.hours.trim() === '' ? null : Math.min(168, Math.max(0, Number(draft.hours)));
  const amount = Number(draft.amount);
  const currency = draft.currency.trim().toUpperCase();
  const rates = profile.preferences.minimumRates.filter((r) => !(r.currency === currency && r.unit === draft.unit));
  const rate = draft.amount.trim() !== '' && amount >= 0 && /^[A-Z]{3}$/.test(currency);
  return {
    ...profile,
    preferences: {
      ...profile.preferences,
      weeklyHours: hours === null || Number.isNaN(hours) ? profile.preferences.weeklyHours : hours,
      minimumRates: rate ? [...rates, { currency, unit: draft.unit, amount }] : profile.preferences.minimumRates,
    },
  };
}

/**
 * The first run: what the extension does and that nothing leaves the machine, then three skippable
 * steps (skills, communities and people, time and rate), each saved to the profile as it is left.
 */
export function Welcome({ profile, skills, onSave, settingsUrl }: Props) {
  const t = useT();
  const locale = useLocale();
  const skillLabel = useMemo(() => createSkillLabeler(locale), [locale]);
  const [step, setStep] = useState<Step>('intro');
  const [skipped, setSkipped] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<MessageKey | null>(null);
  const [picked, setPicked] = useState<string[]>(() => profile.skills.map((s) => s.id));
  const [communities, setCommunities] = useState('');
  const [contacts, setContacts] = useState('');
  const [time, setTime] = useState<TimeDraft>(() => {
    const rate = profile.preferences.minimumRates[0];
    return {
      hours: profile.preferences.weeklyHours?.toString() ?? '',
      amount: rate ? String(rate.amount) : '',
      currency: rate?.currency ?? (locale === 'ja' ? 'JPY' : 'USD'),
      unit: rate?.unit ?? 'hour',
    };
  });
  const heading = useRef<HTMLHeadingElement>(null);
  // Each step's heading takes the focus, so a screen reader and the keyboard start at the new step.
  useEffect(() => {
    if (step !== 'intro') heading.current?.focus();
  }, [step]);

  const next = (from: Step): Step =>
    from === 'intro' ? 'skills' : from === 'skills' ? 'ties' : from === 'ties' ? 'time' : 'done';
  const back = (from: Step): Step => (from === 'ties' ? 'skills' : from === 'time' ? 'ties' : 'intro');

  const saveStep = async () => {
    let draft = profile;
    if (step === 'skills') {
      const kept = profile.skills.filter((s) => picked.includes(s.id));
      const added = picked
        .filter((id) => !kept.some((s) => s.id === id))
        .map((id) => ({ id, level: 'working' as const, years: null }));
      draft = { ...profile, skills: [...kept, ...added] };
    } else if (step === 'ties') {
      draft = withTies(profile, communities, contacts);
    } else if (step === 'time') {
      draft = withTime(profile, time);
    }
    setBusy(true);
    const failed = await onSave(draft);
    setBusy(false);
    setError(failed);
    if (failed) return;
    if (step === 'ties') {
      setCommunities('');
      setContacts('');
    }
    setStep(next(step));
  };
  const skip = () => {
    setSkipped(true);
    setError(null);
    setStep(next(step));
  };

  const index = STEPS.indexOf(step as (typeof STEPS)[number]);
  return (
    <main className="welcome" data-testid="welcome" data-step={step}>
      {step === 'intro' ? (
        <section aria-labelledby="welcome-title">
          <h1 id="welcome-title">{t('welcomeTitle')}</h1>
          <p>{t('welcomeWhat')}</p>
          <p className="welcome-private" data-testid="welcome-private">
            {t('welcomePrivate')}
          </p>
          <p>{t('welcomeStepsIntro')}</p>
          <label className="stacked welcome-language">
            {t('profileLanguage')}
            <select
              data-testid="welcome-language"
              value={profile.uiLanguage}
              onChange={(e) => void onSave({ ...profile, uiLanguage: e.target.value as Profile['uiLanguage'] })}
            >
              <option value="browser">{t('languageBrowser')}</option>
              <option value="en">English</option>
              <option value="ja">日本語</option>
            </select>
          </label>
          <div className="welcome-actions">
            <button type="button" className="btn primary" data-testid="welcome-start" onClick={() => setStep('skills')}>
              {t('welcomeStart')}
            </button>
            <button
              type="button"
              className="btn"
              data-testid="welcome-skip-all"
              onClick={() => {
                setSkipped(true);
                setStep('done');
              }}
            >
              {t('welcomeSkipAll')}
            </button>
          </div>
        </section>
      ) : step === 'done' ? (
        <section aria-labelledby="welcome-step-title" data-testid="welcome-done">
          <h1 id="welcome-step-title" ref={heading} tabIndex={-1}>
            {t('welcomeDoneTitle')}
          </h1>
          <p>{t('welcomeDone')}</p>
          {skipped ? <p className="muted">{t('welcomeDoneSkipped')}</p> : null}
          <p className="welcome-private">{t('welcomePrivate')}</p>
          {settingsUrl ? (
            <div className="welcome-actions">
              <a className="btn" href={settingsUrl} data-testid="welcome-settings">
                {t('openSettings')}
              </a>
            </div>
          ) : null}
        </section>
      ) : (
        <section aria-labelledby="welcome-step-title">
          <p className="welcome-progress" data-testid="welcome-progress">
            {t('welcomeStepOf', { step: index + 1, total: STEPS.length })}
          </p>
          <h1 id="welcome-step-title" ref={heading} tabIndex={-1}>
            {t(
              step === 'skills'
                ? 'welcomeSkillsTitle'
                : step === 'ties'
                  ? 'welcomeCommunitiesTitle'
                  : 'welcomeHoursTitle',
            )}
          </h1>
          <p>
            {t(
              step === 'skills'
                ? 'welcomeSkillsIntro'
                : step === 'ties'
                  ? 'welcomeCommunitiesIntro'
                  : 'welcomeHoursIntro',
            )}
          </p>
          {step === 'skills' ? (
            <WelcomeSkills skills={skills} picked={picked} onChange={setPicked} skillLabel={skillLabel} />
          ) : step === 'ties' ? (
            <WelcomeTies
              communities={communities}
              contacts={contacts}
              onCommunities={setCommunities}
              onContacts={setContacts}
            />
          ) : (
            <WelcomeTime draft={time} onChange={setTime} />
          )}
          {error ? (
            <p className="error" role="alert">
              {t(error)}
            </p>
          ) : null}
          <div className="welcome-actions">
            <button type="button" className="btn" onClick={() => setStep(back(step))}>
              {t('welcomeBack')}
            </button>
            <span className="spacer" />
            <button type="button" className="btn" data-testid="welcome-skip" onClick={skip}>
              {t('welcomeSkip')}
            </button>
            <button
              type="button"
              className="btn primary"
              data-testid="welcome-next"
              disabled={busy}
              onClick={() => void saveStep()}
            >
              {t('welcomeNext')}
            </button>
          </div>
        </section>
      )}
    </main>
  );
}
