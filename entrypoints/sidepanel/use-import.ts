import { useState } from 'react';
import { useT } from '@/components/i18n-context';
import { listVersions, putDecisions } from '@/utils/db';
import type { MessageKey } from '@/utils/i18n';
import { type ImportPreview, MAX_IMPORT_BYTES, previewImport, readPortfolioFile } from '@/utils/portfolio/import';
import type { Notices } from './use-notices';

interface Options {
  notices: Notices;
  /** The file is read and checked: show what an import would add and update. */
  onPreview(fileName: string, preview: ImportPreview): void;
  /** The import is written. */
  onImported(): void;
}

/** Importing a portfolio log: read and check the file, preview it against the journal, then write it. */
export function useImport({ notices, onPreview, onImported }: Options) {
  const t = useT();
  const [busy, setBusy] = useState(false);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      notices.error(t('import.too-large', { detail: `${Math.round(file.size / 1024 / 1024)} MB` }));
      return;
    }
    const read = readPortfolioFile(await file.text());
    if (!read.ok) {
      notices.error(t(`import.${read.error}` as MessageKey, { detail: read.detail ?? '' }));
      return;
    }
    try {
      notices.clear();
      onPreview(file.name, previewImport(read, await listVersions()));
    } catch (error) {
      notices.failed(error);
    }
  };

  const apply = async (preview: ImportPreview) => {
    setBusy(true);
    try {
      // One transaction: a failure part-way leaves the journal as it was.
      await putDecisions([...preview.added, ...preview.updated]);
      notices.info(t('importDone', { count: preview.added.length + preview.updated.length }));
      onImported();
    } catch (error) {
      notices.failed(error);
    } finally {
      setBusy(false);
    }
  };

  return { choose, apply, busy };
}
