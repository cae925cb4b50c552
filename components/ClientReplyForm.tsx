import { useState } from 'react';
import { formatDay } from '@/utils/i18n';
import type { ClientReply } from '@/utils/schema/decision';
import { useT } from './i18n-context';

interface Props {
  replies: readonly ClientReply[];
  answeredCount: number;
  onReply(text: string): void;
}

/** Where the client's answer is pasted: read like the offer itself, and kept with the decision. */
export function ClientReplyForm({ replies, answeredCount, onReply }: Props) {
  const t = useT();
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <div className="client-reply">
      <label className="stacked">
        {t('questions.replyLabel')}
        <textarea
          data-testid="client-reply"
          rows={3}
          maxLength={20_000}
          value={text}
          placeholder={t('questions.replyPlaceholder')}
          onChange={(e) => {
            setText(e.target.value);
            setEmpty(false);
          }}
        />
      </label>
      <button
        type="button"
        className="small"
        data-testid="client-reply-read"
        onClick={() => {
          if (!text.trim()) {
            setEmpty(true);
            return;
          }
          onReply(text);
          setText('');
        }}
      >
        {t('questions.replyRead')}
      </button>
      {empty ? (
        <p className="questions-status refused" role="alert">
          {t('questions.replyEmpty')}
        </p>
      ) : null}
      {replies.length ? (
        <div className="client-replies" data-testid="client-replies">
          <p className="muted">
            {t('questions.repliesRead', { count: replies.length })} {answeredCount ? '' : t('questions.answeredNone')}
          </p>
          <ul>
            {replies.map((reply) => (
              <li key={reply.receivedAt}>
                <span className="muted">{t('questions.replyOn', { date: formatDay(reply.receivedAt) })}</span>{' '}
                <q>{reply.text.length > 160 ? `${reply.text.slice(0, 160)}…` : reply.text}</q>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
