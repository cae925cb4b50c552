import { formatDay } from '@/utils/i18n';
import type { Decision } from '@/utils/schema/decision';
import { useT } from './i18n-context';

interface Props {
  decisions: readonly Decision[];
  onOpen: (id: string) => void;
}

/** Every decision, newest first: title, site, client, status, date and note. */
export function JournalList({ decisions, onOpen }: Props) {
  const t = useT();
  if (decisions.length === 0) return <p className="empty">{t('journalEmpty')}</p>;
  return (
    <ul className="journal-list">
      {decisions.map((d) => (
        <li key={d.id}>
          <button
            type="button"
            className="journal-item"
            data-testid="journal-item"
            data-status={d.status}
            onClick={() => onOpen(d.id)}
          >
            <span className="item-top">
              <span className="item-title" data-testid="journal-item-title">
                {d.offer.title || d.offer.url}
              </span>
              <span className={`status ${d.status}`}>{t(`status.${d.status}`)}</span>
            </span>
            <span className="item-meta">
              <span>{d.offer.site}</span>
              {d.offer.client.name ? <span>{d.offer.client.name}</span> : null}
              <span>{t('decidedOnShort', { date: formatDay(d.updatedAt) })}</span>
              {d.status === 'hold' && d.followUpAt ? <span>{t('followUpOn', { date: d.followUpAt })}</span> : null}
            </span>
            {d.note ? <span className="item-note">{d.note}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
