import type { ReactNode } from 'react';
import type { MessageKey } from '@/utils/i18n';
import { useT } from '../i18n-context';

/**
 * A list of named cards with an add button: the communities and the contacts of the profile form.
 * Each card shows the name field, then its own fields, then a remove button.
 */
export function TieCards<T extends { id: string; name: string }>({
  heading,
  items,
  onChange,
  create,
  addLabel,
  addTestId,
  children,
}: {
  heading: MessageKey;
  items: readonly T[];
  onChange: (next: T[]) => void;
  /** A new, empty card. */
  create: () => T;
  addLabel: MessageKey;
  addTestId: string;
  /** The card's own fields; `set` changes part of that card. */
  children: (item: T, set: (patch: Partial<T>) => void) => ReactNode;
}) {
  const t = useT();
  const set = (index: number, patch: Partial<T>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <>
      <h2>{t(heading)}</h2>
      {items.map((item, index) => (
        <fieldset key={item.id} className="profile-card">
          <label>
            {t('profileName')}
            <input value={item.name} onChange={(e) => set(index, { name: e.target.value } as Partial<T>)} />
          </label>
          {children(item, (patch) => set(index, patch))}
          <button type="button" className="small" onClick={() => onChange(items.filter((_, i) => i !== index))}>
            {t('profileRemove')}
          </button>
        </fieldset>
      ))}
      <button type="button" className="btn" data-testid={addTestId} onClick={() => onChange([...items, create()])}>
        {t(addLabel)}
      </button>
    </>
  );
}
