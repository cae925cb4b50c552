import type { MessageKey } from '@/utils/i18n';
import type { Community, Contact } from '@/utils/schema/profile';
import { useT } from '../i18n-context';
import { ListField } from './ListField';
import { TieCards } from './TieCards';
import type { SectionProps } from './types';

const KNOWN_AS = ['friend', 'former-colleague', 'community', 'referral'] as const;

/** The communities and the contacts that a community tie is read from. */
export function TiesSection({ draft, update }: SectionProps) {
  const t = useT();
  return (
    <section>
      <TieCards
        heading="profileCommunities"
        items={draft.communities}
        onChange={(communities) => update({ communities })}
        create={(): Community => ({
          id: crypto.randomUUID(),
          name: '',
          kind: 'other',
          aliases: [],
          memberHandles: [],
          emailDomains: [],
        })}
        addLabel="profileAddCommunity"
        addTestId="add-community"
      >
        {(c, set) => (
          <>
            <ListField label={t('profileAliases')} values={c.aliases} onChange={(aliases) => set({ aliases })} />
            <ListField
              label={t('profileHandles')}
              values={c.memberHandles}
              onChange={(memberHandles) => set({ memberHandles })}
            />
            <ListField
              label={t('profileDomains')}
              values={c.emailDomains}
              onChange={(emailDomains) => set({ emailDomains })}
            />
          </>
        )}
      </TieCards>
      <TieCards
        heading="profileContacts"
        items={draft.contacts}
        onChange={(contacts) => update({ contacts })}
        create={(): Contact => ({
          id: crypto.randomUUID(),
          name: '',
          handles: [],
          profileUrls: [],
          email: null,
          knownAs: 'friend',
        })}
        addLabel="profileAddContact"
        addTestId="add-contact"
      >
        {(c, set) => (
          <>
            <ListField label={t('profileHandles')} values={c.handles} onChange={(handles) => set({ handles })} />
            <ListField
              label={t('profileUrls')}
              values={c.profileUrls}
              onChange={(profileUrls) => set({ profileUrls })}
            />
            <label>
              {t('profileEmail')}
              <input type="email" value={c.email ?? ''} onChange={(e) => set({ email: e.target.value || null })} />
            </label>
            <label>
              {t('profileKnownAs')}
              <select value={c.knownAs} onChange={(e) => set({ knownAs: e.target.value as Contact['knownAs'] })}>
                {KNOWN_AS.map((k) => (
                  <option key={k} value={k}>
                    {t(`knownAs.${k}` as MessageKey)}
                  </option>
                ))}
              </select>
            </label>
          </>
        )}
      </TieCards>
    </section>
  );
}
