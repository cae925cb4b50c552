import { useCallback, useMemo, useState } from 'react';
import { openItems, rereadWithReplies, textWithReplies } from '@/utils/questions';
import type { OfferAnalysis } from '@/utils/schema/analysis';
import type { ClientReply, Decision } from '@/utils/schema/decision';
import { MAX_REPLIES } from '@/utils/schema/decision';
import type { OfferCapture } from '@/utils/schema/offer';
import type { Profile } from '@/utils/schema/profile';

interface Options {
  capture: OfferCapture;
  profile: Profile;
  /** The analysis of the offer alone, as it arrived. */
  analysis: OfferAnalysis;
  existing: Decision | null;
  /** Called with the new reading each time a reply is read, so the checklist can take it. */
  onReread(analysis: OfferAnalysis): void;
}

export interface ClientReplies {
  /** The offer read with every reply after it; the offer's own analysis while there is none. */
  analysis: OfferAnalysis;
  /** The offer's text and the replies, as the analysis read them. */
  text: string;
  replies: ClientReply[];
  /** Ids of the questions open on the offer alone that the replies have answered. */
  answered: string[];
  addReply(text: string): void;
}

/** The client's replies to a screening: kept with the decision, and the offer re-read with them. */
export function useClientReplies({ capture, profile, analysis, existing, onReread }: Options): ClientReplies {
  const [state, setState] = useState(() => {
    const replies = existing?.replies ?? [];
    return { replies, analysis: replies.length ? rereadWithReplies(capture, replies, profile) : analysis };
  });
  const text = useMemo(() => textWithReplies(capture.text, state.replies), [capture.text, state.replies]);
  const current = state.replies.length ? state.analysis : analysis;

  const answered = useMemo(() => {
    if (!state.replies.length) return [];
    const now = new Set(openItems(current, { text }).map((item) => item.id));
    return openItems(analysis, capture)
      .map((item) => item.id)
      .filter((id) => !now.has(id));
  }, [state.replies.length, current, text, analysis, capture]);

  const addReply = useCallback(
    (reply: string) => {
      const trimmed = reply.trim().slice(0, 20_000);
      if (!trimmed) return;
      const replies = [...state.replies, { text: trimmed, receivedAt: new Date().toISOString() }].slice(-MAX_REPLIES);
      const fresh = rereadWithReplies(capture, replies, profile);
      setState({ replies, analysis: fresh });
      onReread(fresh);
    },
    [state.replies, capture, profile, onReread],
  );

  return { analysis: current, text, replies: state.replies, answered, addReply };
}
