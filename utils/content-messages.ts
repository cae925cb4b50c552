import * as z from 'zod/mini';

// The messages a content script receives. They use zod's small build so that the content script,
// which loads on every job page, stays light; utils/messaging.ts joins them into the one protocol.

const nonce = z.string().check(z.minLength(8), z.maxLength(100));

export const contentMessageSchema = z.discriminatedUnion('type', [
  // overlay → content script (top frame of its tab): hand over the capture for this mount.
  z.object({ type: z.literal('overlay:get-capture'), nonce }),
  // overlay → content script: frame size and visibility.
  z.object({ type: z.literal('overlay:resize'), nonce, height: z.number().check(z.minimum(0), z.maximum(5000)) }),
  z.object({ type: z.literal('overlay:close'), nonce }),
  // overlay → content script: scroll to and select a quote on the page.
  z.object({ type: z.literal('overlay:highlight'), nonce, quote: z.string().check(z.minLength(1), z.maxLength(1000)) }),
  // background → content script: is a content script already here?
  z.object({ type: z.literal('content:ping') }),
  // background → content script: the user asked to screen this page, or the selected text.
  z.object({ type: z.literal('screen:page') }),
  z.object({ type: z.literal('screen:selection'), text: z.string().check(z.minLength(1), z.maxLength(100_000)) }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;
export type Message = ContentMessage;

/** Parses a message meant for a content script; null when it is not one. */
export function parseContentMessage(value: unknown): ContentMessage | null {
  const parsed = z.safeParse(contentMessageSchema, value);
  return parsed.success ? parsed.data : null;
}

/** What the background answers to `offer:captured`: the launcher's colour and any recorded decision. */
export interface LauncherState {
  level: 'go' | 'caution' | 'no-go' | null;
  decided: 'accepted' | 'declined' | 'hold' | null;
}
