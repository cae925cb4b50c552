import { useT } from './i18n-context';

/** A link to the settings page, opened in its own tab; nothing when the page has no settings URL. */
export function SettingsLink({ href }: { href?: string }) {
  const t = useT();
  if (!href) return null;
  return (
    <a className="settings-link" href={href} target="_blank" rel="noreferrer noopener" data-testid="open-settings">
      {t('openSettings')}
    </a>
  );
}
