import { useRef, useState } from 'react';
import type { Lang } from '@/utils/schema/analysis';
import { useT } from './i18n-context';

interface Props {
  /** The message built from the ticked questions; the user may edit it before copying. */
  draft: string;
  lang: Lang;
  /** Makes the message the decision's note; returns the follow-up date set for the reply. */
  onUseAsNote(draft: string): string;
  copy?(text: string): Promise<void>;
}

function copyWithBrowser(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) return Promise.reject(new Error('no clipboard'));
  return navigator.clipboard.writeText(text);
}

/** The message to the client: editable, copied with one click, or kept as the decision's note. */
export function DraftMessage({ draft, lang, onUseAsNote, copy = copyWithBrowser }: Props) {
  const t = useT();
  const [text, setText] = useState(draft);
  const [status, setStatus] = useState<'copied' | 'refused' | 'noted' | null>(null);
  const [followUp, setFollowUp] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);

  const onCopy = () => {
    // Called straight from the click: the clipboard needs the user's gesture. Nothing leaves the browser.
    copy(text).then(
      () => setStatus('copied'),
      () => {
        area.current?.focus();
        area.current?.select();
        setStatus('refused');
      },
    );
  };

  return (
    <div className="questions-draft">
      <label className="stacked">
        {t('questions.draftLabel')}
        <textarea
          ref={area}
          data-testid="questions-draft"
          lang={lang}
          rows={Math.min(12, Math.max(4, text.split('\n').length + 1))}
          maxLength={10_000}
          value={text}
          placeholder={t('questions.draftEmpty')}
          onChange={(e) => {
            setText(e.target.value);
            setStatus(null);
          }}
        />
      </label>
      <div className="questions-actions">
        <button
          type="button"
          className="btn primary"
          data-testid="questions-copy"
          disabled={!text.trim()}
          onClick={onCopy}
        >
          {t('questions.copy')}
        </button>
        <button
          type="button"
          className="small"
          data-testid="questions-use-note"
          disabled={!text.trim()}
          onClick={() => {
            setFollowUp(onUseAsNote(text));
            setStatus('noted');
          }}
        >
          {t('questions.useAsNote')}
        </button>
      </div>
      <p
        className={status === 'refused' ? 'questions-status refused' : 'questions-status'}
        data-testid="questions-status"
        role={status === 'refused' ? 'alert' : 'status'}
      >
        {status === 'copied'
          ? t('questions.copied')
          : status === 'refused'
            ? t('questions.copyRefused')
            : status === 'noted'
              ? t('questions.noted', { date: followUp })
              : ''}
      </p>
    </div>
  );
}
