import { type FormEvent, useId, useMemo, useState } from 'react';
import type { SkillEntry } from '@/utils/analysis';
import type { Locale, MessageKey } from '@/utils/i18n';
import { liabilityFlagIds } from '@/utils/schema/analysis';
import {
  type Community,
  type Contact,
  dealbreakerSchema,
  type Profile,
  profileSchema,
  skillLevelSchema,
} from '@/utils/schema/profile';
import { useT } from './i18n-context';

interface Props {
  profile: Profile;
  skills: readonly SkillEntry[];
  locale: Locale;
  busy?: boolean;
  onSave: (profile: Profile) => void;
}

const list = (value: string): string[] =>
  value
    .split(/[,、\n]+/)
    .map((part) => part.trim())
    .filter(Boolean);
const joined = (values: readonly string[]) => values.join(', ');
const slug = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}.+#-]/gu, '')
    .slice(0, 100);

/** A comma-separated list in one text field, read back into a list when the field loses focus. */
function ListField({
  label,
  values,
  onChange,
}: {
  label: string;
  values: readonly string[];
  onChange: (next: string[]) => void;
}) {
  return (
    <label>
      {label}
      <input defaultValue={joined(values)} onBlur={(e) => onChange(list(e.target.value))} />
    </label>
  );
}

/** Finds a taxonomy skill by id, English or Japanese name, or any synonym; else a free entry's id. */
export function resolveSkill(text: string, skills: readonly SkillEntry[]): string {
  const key = text.trim().toLowerCase();
  const hit = skills.find(
    (s) =>
      s.id === key ||
      s.en.toLowerCase() === key ||
      s.ja.toLowerCase() === key ||
      s.synonyms.some((syn) => syn.toLowerCase() === key),
  );
  return hit?.id ?? slug(text);
}

/** The user's profile: skills, communities and contacts, preferences, dealbreakers, muted flags, language. */
export function ProfileForm({ profile, skills, locale, busy, onSave }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState<Profile>(profile);
  const [skillText, setSkillText] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [dirty, setDirty] = useState(false);
  const label = useMemo(() => new Map(skills.map((s) => [s.id, locale === 'ja' ? s.ja : s.en])), [skills, locale]);
  const update = (patch: Partial<Profile>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setDirty(true);
  };

  const addSkill = () => {
    const skill = resolveSkill(skillText, skills);
    if (!skill) return;
    if (!draft.skills.some((s) => s.id === skill))
      update({ skills: [...draft.skills, { id: skill, level: 'working', years: null }] });
    setSkillText('');
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

  const setPreferences = (patch: Partial<Profile['preferences']>) =>
    update({ preferences: { ...draft.preferences, ...patch } });
  const setRate = (index: number, patch: Partial<Profile['preferences']['minimumRates'][number]>) =>
    setPreferences({
      minimumRates: draft.preferences.minimumRates.map((r, i) => (i === index ? { ...r, ...patch } : r)),
    });
  const setCommunity = (index: number, patch: Partial<Community>) =>
    update({ communities: draft.communities.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  const setContact = (index: number, patch: Partial<Contact>) =>
    update({ contacts: draft.contacts.map((c, i) => (i === index ? { ...c, ...patch } : c)) });
  const toggle = <T extends string>(values: readonly T[], value: T, on: boolean): T[] =>
    on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);

  return (
    <form className="profile-form" onSubmit={submit} noValidate data-testid="profile-form">
      <section>
        <h2>{t('profileSkills')}</h2>
        <datalist id={`${id}-skills`}>
          {skills.map((s) => (
            <option key={s.id} value={locale === 'ja' ? s.ja : s.en}>
              {s.synonyms.slice(0, 4).join(', ')}
            </option>
          ))}
        </datalist>
        <div className="row">
          <input
            aria-label={t('profileAddSkill')}
            placeholder={t('profileAddSkillHint')}
            list={`${id}-skills`}
            data-testid="skill-input"
            value={skillText}
            onChange={(e) => setSkillText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                addSkill();
              }
            }}
          />
          <button type="button" className="btn" onClick={addSkill} data-testid="skill-add">
            {t('profileAdd')}
          </button>
        </div>
        <ul className="profile-list">
          {draft.skills.map((skill, index) => (
            <li key={skill.id} data-testid="profile-skill" data-skill={skill.id}>
              <span className="skill-name">{label.get(skill.id) ?? skill.id}</span>
              <select
                aria-label={t('profileLevel')}
                value={skill.level}
                onChange={(e) =>
                  update({
                    skills: draft.skills.map((s, i) =>
                      i === index ? { ...s, level: e.target.value as typeof s.level } : s,
                    ),
                  })
                }
              >
                {skillLevelSchema.options.map((level) => (
                  <option key={level} value={level}>
                    {t(`level.${level}` as MessageKey)}
                  </option>
                ))}
              </select>
              <input
                type="number"
                aria-label={t('profileYears')}
                placeholder={t('profileYears')}
                value={skill.years ?? ''}
                onChange={(e) =>
                  update({
                    skills: draft.skills.map((s, i) =>
                      i === index ? { ...s, years: e.target.value === '' ? null : Number(e.target.value) } : s,
                    ),
                  })
                }
              />
              <button
                type="button"
                className="small"
                onClick={() => update({ skills: draft.skills.filter((_, i) => i !== index) })}
              >
                {t('profileRemove')}
              </button>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>{t('profileCommunities')}</h2>
        {draft.communities.map((c, index) => (
          <fieldset key={c.id} className="profile-card">
            <label>
              {t('profileName')}
              <input value={c.name} onChange={(e) => setCommunity(index, { name: e.target.value })} />
            </label>
            <ListField
              label={t('profileAliases')}
              values={c.aliases}
              onChange={(aliases) => setCommunity(index, { aliases })}
            />
            <ListField
              label={t('profileHandles')}
              values={c.memberHandles}
              onChange={(memberHandles) => setCommunity(index, { memberHandles })}
            />
            <ListField
              label={t('profileDomains')}
              values={c.emailDomains}
              onChange={(emailDomains) => setCommunity(index, { emailDomains })}
            />
            <button
              type="button"
              className="small"
              onClick={() => update({ communities: draft.communities.filter((_, i) => i !== index) })}
            >
              {t('profileRemove')}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="btn"
          data-testid="add-community"
          onClick={() =>
            update({
              communities: [
                ...draft.communities,
                { id: crypto.randomUUID(), name: '', kind: 'other', aliases: [], memberHandles: [], emailDomains: [] },
              ],
            })
          }
        >
          {t('profileAddCommunity')}
        </button>

        <h2>{t('profileContacts')}</h2>
        {draft.contacts.map((c, index) => (
          <fieldset key={c.id} className="profile-card">
            <label>
              {t('profileName')}
              <input value={c.name} onChange={(e) => setContact(index, { name: e.target.value })} />
            </label>
            <ListField
              label={t('profileHandles')}
              values={c.handles}
              onChange={(handles) => setContact(index, { handles })}
            />
            <ListField
              label={t('profileUrls')}
              values={c.profileUrls}
              onChange={(profileUrls) => setContact(index, { profileUrls })}
            />
            <label>
              {t('profileEmail')}
              <input
                type="email"
                value={c.email ?? ''}
                onChange={(e) => setContact(index, { email: e.target.value || null })}
              />
            </label>
            <label>
              {t('profileKnownAs')}
              <select
                value={c.knownAs}
                onChange={(e) => setContact(index, { knownAs: e.target.value as Contact['knownAs'] })}
              >
                {(['friend', 'former-colleague', 'community', 'referral'] as const).map((k) => (
                  <option key={k} value={k}>
                    {t(`knownAs.${k}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
            <button
              type="button"
              className="small"
              onClick={() => update({ contacts: draft.contacts.filter((_, i) => i !== index) })}
            >
              {t('profileRemove')}
            </button>
          </fieldset>
        ))}
        <button
          type="button"
          className="btn"
          data-testid="add-contact"
          onClick={() =>
            update({
              contacts: [
                ...draft.contacts,
                { id: crypto.randomUUID(), name: '', handles: [], profileUrls: [], email: null, knownAs: 'friend' },
              ],
            })
          }
        >
          {t('profileAddContact')}
        </button>
      </section>

      <section>
        <h2>{t('profilePreferences')}</h2>
        <label>
          {t('profileRemote')}
          <select
            value={draft.preferences.remote}
            onChange={(e) => setPreferences({ remote: e.target.value as Profile['preferences']['remote'] })}
          >
            {(['full-only', 'hybrid-ok', 'onsite-ok'] as const).map((r) => (
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
            value={draft.preferences.weeklyHours ?? ''}
            onChange={(e) => setPreferences({ weeklyHours: e.target.value === '' ? null : Number(e.target.value) })}
          />
        </label>
        <fieldset>
          <legend>{t('profileLanguages')}</legend>
          {(['ja', 'en'] as const).map((language) => (
            <label key={language} className="check">
              <input
                type="checkbox"
                checked={draft.preferences.languages.includes(language)}
                onChange={(e) =>
                  setPreferences({ languages: toggle(draft.preferences.languages, language, e.target.checked) })
                }
              />
              {language === 'ja' ? '日本語' : 'English'}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('profileMinimumRates')}</legend>
          {draft.preferences.minimumRates.map((rate, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rates have no identity of their own; every field is controlled, so a position key cannot show stale values
            <div key={index} className="row" data-testid="minimum-rate">
              <input
                aria-label={t('outcomeAmount')}
                type="number"
                min={0}
                value={rate.amount}
                onChange={(e) => setRate(index, { amount: Number(e.target.value) })}
              />
              <input
                aria-label={t('outcomeCurrency')}
                maxLength={3}
                value={rate.currency}
                onChange={(e) => setRate(index, { currency: e.target.value.toUpperCase() })}
              />
              <select
                aria-label={t('profileRateUnit')}
                value={rate.unit}
                onChange={(e) => setRate(index, { unit: e.target.value as typeof rate.unit })}
              >
                {(['hour', 'day', 'month', 'fixed'] as const).map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`rateUnit.${unit}` as MessageKey)}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="small"
                onClick={() =>
                  setPreferences({ minimumRates: draft.preferences.minimumRates.filter((_, i) => i !== index) })
                }
              >
                {t('profileRemove')}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="btn"
            data-testid="add-rate"
            onClick={() =>
              setPreferences({
                minimumRates: [
                  ...draft.preferences.minimumRates,
                  { currency: locale === 'ja' ? 'JPY' : 'USD', unit: 'hour', amount: 0 },
                ],
              })
            }
          >
            {t('profileAddRate')}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t('profileWeights')}</legend>
          {(['communityTie', 'skillMatch', 'remote', 'liability'] as const).map((section) => (
            <label key={section} className="check">
              <input
                type="range"
                min={0}
                max={3}
                step={0.5}
                data-testid={`weight-${section}`}
                value={draft.weights[section]}
                onChange={(e) => update({ weights: { ...draft.weights, [section]: Number(e.target.value) } })}
              />
              {t(`section.${section}`)} × {draft.weights[section]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('profileDealbreakers')}</legend>
          {dealbreakerSchema.options.map((flag) => (
            <label key={flag} className="check">
              <input
                type="checkbox"
                checked={draft.dealbreakers.includes(flag)}
                onChange={(e) => update({ dealbreakers: toggle(draft.dealbreakers, flag, e.target.checked) })}
              />
              {t(`flag.${flag}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('profileMuted')}</legend>
          {liabilityFlagIds.map((flag) => (
            <label key={flag} className="check">
              <input
                type="checkbox"
                checked={draft.mutedFlags.includes(flag)}
                onChange={(e) => update({ mutedFlags: toggle(draft.mutedFlags, flag, e.target.checked) })}
              />
              {t(`flag.${flag}`)}
            </label>
          ))}
        </fieldset>
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
