import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { openItems, textWithReplies } from '@/utils/questions';
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

type Reread = typeof import('@/utils/questions/reread')['rereadWithReplies'];

// The engine comes only when a reply is read: a checklist opens without compiling it (the offer itself
// was read by the background, or by whoever rendered this screening).
let rereadModule: Promise<Reread> | null = null;
const loadReread = (): Promise<Reread> => {
  rereadModule ??= import('@/utils/questions/reread').then((m) => m.rereadWithReplies);
  return rereadModule;
};

/** The client's replies to a screening: kept with the decision, and the offer re-read with them. */
export function useClientReplies({ capture, profile, analysis, existing, onReread }: Options): ClientReplies {
  const [state, setState] = useState<{ replies: ClientReply[]; analysis: OfferAnalysis | null }>(() => ({
    replies: existing?.replies ?? [],
    analysis: null,
  }));
  // A decision reopened with replies: the offer is read with them once the engine has loaded.
  const initial = useRef(state.replies);
  useEffect(() => {
    const replies = initial.current;
    if (!replies.length) return;
    let live = true;
    void loadReread().then((reread) => {
      if (live)
        setState((now) => (now.replies === replies ? { replies, analysis: reread(capture, replies, profile) } : now));
    });
    return () => {
      live = false;
    };
  }, [capture, profile]);

  const text = useMemo(() => textWithReplies(capture.text, state.replies), [capture.text, state.replies]);
  const current = state.replies.length && state.analysis ? state.analysis : analysis;

  const answered = useMemo(() => {
    if (!state.replies.length || !state.analysis) return [];
    const now = new Set(openItems(current, { text }).map((item) => item.id));
    return openItems(analysis, capture)
      .map((item) => item.id)
      .filter((id) => !now.has(id));
  }, [state.replies.length, state.analysis, current, text, analysis, capture]);

  const addReply = useCallback(
    (reply: string) => {
      const trimmed = reply.trim().slice(0, 20_000);
      if (!trimmed) return;
      const replies = [...state.replies, { text: trimmed, receivedAt: new Date().toISOString() }].slice(-MAX_REPLIES);
      void loadReread().then((reread) => {
        const fresh = reread(capture, replies, profile);
        setState({ replies, analysis: fresh });
        onReread(fresh);
      });
    },
    [state.replies, capture, profile, onReread],
  );

  return { analysis: current, text, replies: state.replies, answered, addReply };
}
