import { formatDay } from '@/utils/i18n';
import type { ClientReply } from '@/utils/schema/decision';
import { useT } from './i18n-context';

/** The client's replies kept with a decision, in full, oldest first; nothing when there are none. */
export function ClientRepliesView({ replies }: { replies: readonly ClientReply[] | undefined }) {
  const t = useT();
  if (!replies?.length) return null;
  return (
    <section className="history" aria-labelledby="h-replies">
      <h3 id="h-replies">{t('questions.repliesHeading')}</h3>
      <ol data-testid="decision-replies">
        {replies.map((reply) => (
          <li key={reply.receivedAt}>
            <span className="muted">{t('questions.replyOn', { date: formatDay(reply.receivedAt) })}</span>
            <blockquote className="reply-text">{reply.text}</blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}
