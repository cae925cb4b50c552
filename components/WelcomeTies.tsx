import { useT } from './i18n-context';

interface Props {
  communities: string;
  contacts: string;
  onCommunities: (text: string) => void;
  onContacts: (text: string) => void;
}

/** Welcome step 2: the communities the user belongs to and the people they know, by name. */
export function WelcomeTies({ communities, contacts, onCommunities, onContacts }: Props) {
  const t = useT();
  return (
    <div className="welcome-fields">
      <label className="stacked">
        {t('welcomeCommunitiesLabel')}
        <input data-testid="welcome-communities" value={communities} onChange={(e) => onCommunities(e.target.value)} />
      </label>
      <label className="stacked">
        {t('welcomeContactsLabel')}
        <input data-testid="welcome-contacts" value={contacts} onChange={(e) => onContacts(e.target.value)} />
      </label>
    </div>
  );
}
