import { useRef } from 'react';
import { useT } from './i18n-context';
import { KeyboardHelp, type KeyRow } from './KeyboardHelp';

/** The journal's keys, as the `?` list shows them. */
const JOURNAL_KEYS: readonly KeyRow[] = [
  { keys: ['/'], label: 'key.search' },
  { keys: ['↑ ↓', 'j k'], label: 'key.move' },
  { keys: ['Enter'], label: 'key.open' },
  { keys: ['Esc'], label: 'key.back' },
  { keys: ['?'], label: 'key.help' },
];

/** The journal's title bar: the count, the keys, and paste, import and export. */
export function JournalHeader({
  total,
  helpOpen,
  onHelpOpen,
  onPaste,
  onImport,
  onExport,
}: {
  /** Null until the journal is read. */
  total: number | null;
  helpOpen: boolean;
  onHelpOpen: (open: boolean) => void;
  onPaste: () => void;
  onImport: (file: File | undefined) => void;
  onExport: () => void;
}) {
  const t = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <header className="journal-bar">
      <div className="journal-bar-title">
        <h1>{t('journalTitle')}</h1>
        {total !== null ? <span className="count">{t('journalCount', { count: total })}</span> : null}
        <KeyboardHelp rows={JOURNAL_KEYS} open={helpOpen} onOpenChange={onHelpOpen} testId="journal-keys" onDark />
      </div>
      <div className="journal-bar-tools">
        <button type="button" className="btn" data-testid="paste-open" title={t('pasteOpen')} onClick={onPaste}>
          {t('pasteOpenShort')}
        </button>
        <button type="button" className="btn" data-testid="import-button" onClick={() => fileInput.current?.click()}>
          {t('importLog')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            onImport(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
        <button type="button" className="btn" data-testid="export-button" onClick={onExport}>
          {t('exportLog')}
        </button>
      </div>
    </header>
  );
}
