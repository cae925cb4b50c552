import { type FormEvent, useId, useState } from 'react';
import { useT } from './i18n-context';

export interface PastedOffer {
  text: string;
  sender: string;
  url: string;
}

interface Props {
  initial?: PastedOffer;
  onSubmit(offer: PastedOffer): void;
  onCancel(): void;
}

function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** "Screen a pasted offer": text from outside the browser, with an optional sender and link. */
export function PasteForm({ initial, onSubmit, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(initial?.text ?? '');
  const [sender, setSender] = useState(initial?.sender ?? '');
  const [url, setUrl] = useState(initial?.url ?? '');
  const [error, setError] = useState<'pasteEmpty' | 'pasteUrlInvalid' | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError('pasteEmpty');
      return;
    }
    if (url.trim() && !isWebUrl(url.trim())) {
      setError('pasteUrlInvalid');
      return;
    }
    setError(null);
    onSubmit({ text, sender: sender.trim(), url: url.trim() });
  };

  return (
    <form className="paste-form" onSubmit={submit} data-testid="paste-form" noValidate>
      <h2>{t('pasteTitle')}</h2>
      <p className="muted">{t('pasteIntro')}</p>
      <label htmlFor={`${id}-text`}>{t('pasteText')}</label>
      <textarea
        id={`${id}-text`}
        data-testid="paste-text"
        rows={10}
        value={text}
        maxLength={100_000}
        aria-invalid={error === 'pasteEmpty'}
        onChange={(event) => setText(event.target.value)}
      />
      <label htmlFor={`${id}-sender`}>{t('pasteSender')}</label>
      <input
        id={`${id}-sender`}
        data-testid="paste-sender"
        value={sender}
        maxLength={300}
        onChange={(event) => setSender(event.target.value)}
      />
      <label htmlFor={`${id}-url`}>{t('pasteUrl')}</label>
      <input
        id={`${id}-url`}
        data-testid="paste-url"
        type="url"
        inputMode="url"
        value={url}
        maxLength={2000}
        aria-invalid={error === 'pasteUrlInvalid'}
        onChange={(event) => setUrl(event.target.value)}
      />
      {error ? (
        <p className="error" role="alert">
          {t(error)}
        </p>
      ) : null}
      <div className="row">
        <button type="submit" className="btn primary" data-testid="paste-submit">
          {t('pasteSubmit')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('backToList')}
        </button>
      </div>
    </form>
  );
}
