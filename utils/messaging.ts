import { z } from 'zod';
import { liabilityFlagIdSchema } from './schema/analysis';
import { decisionSchema } from './schema/decision';
import { offerCaptureSchema } from './schema/offer';

export { parseContentMessage } from './content-messages';

const extensionMessageSchema = z.discriminatedUnion('type', [
  // content script → background: a capture is ready; the answer colours the launcher.
  z.object({ type: z.literal('offer:captured'), capture: offerCaptureSchema }),
  // overlay → background: decisions live in the extension origin's IndexedDB, reached through the background
  // (an extension frame inside a web page may get partitioned storage).
  z.object({ type: z.literal('decision:get-by-key'), key: z.string().min(1).max(4000) }),
  z.object({ type: z.literal('decision:save'), decision: decisionSchema }),
  z.object({ type: z.literal('profile:get') }),
  // overlay → background: weekly hours available and already committed to accepted work.
  z.object({ type: z.literal('capacity:get') }),
  // overlay → background: stop (or resume) raising one flag type, so it stops nagging.
  z.object({ type: z.literal('profile:mute-flag'), flag: liabilityFlagIdSchema, muted: z.boolean() }),
  // overlay → background: open the journal (needs the user gesture the click carries).
  z.object({ type: z.literal('sidepanel:open') }),
]);

/**
 * The one message protocol. Every receiver parses what arrives with `messageSchema`
 * and checks that the sender is this extension (see `isOwnSender`).
 */
const nonce = z.string().min(8).max(100);

/** The content script's messages as zod schemas (it parses them with a smaller hand-written parser). */
export const contentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('overlay:get-capture'), nonce }),
  z.object({ type: z.literal('overlay:resize'), nonce, height: z.number().min(0).max(5000) }),
  z.object({ type: z.literal('overlay:close'), nonce }),
  z.object({ type: z.literal('overlay:highlight'), nonce, quote: z.string().min(1).max(1000) }),
  z.object({ type: z.literal('content:ping') }),
  z.object({ type: z.literal('screen:page') }),
  z.object({ type: z.literal('screen:selection'), text: z.string().min(1).max(100_000) }),
]);

export const messageSchema = z.union([extensionMessageSchema, contentMessageSchema]);
export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

export type { LauncherState } from './content-messages';

/** Answers: a failed request answers `{ ok: false, error }`. */

export const errorCodeSchema = z.enum([
  'invalid-message',
  'foreign-sender',
  'quota',
  'storage',
  'not-found',
  'stale-mount',
  'internal',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export type Failure = { ok: false; error: ErrorCode; detail?: string };
export type Success<T> = { ok: true; data: T };
export type Result<T> = Success<T> | Failure;

/** Tells whether a value is a message of the protocol, and which. */
export function parseMessage(value: unknown): Message | null {
  const parsed = messageSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

interface SenderLike {
  id?: string;
}

/** True when a runtime message came from this extension itself (not a web page or another extension). */
export function isOwnSender(sender: SenderLike | undefined, ownId: string): boolean {
  return sender?.id !== undefined && sender.id === ownId;
}

/** Builds a failure answer. */
export function fail(error: ErrorCode, detail?: string): Failure {
  return detail === undefined ? { ok: false, error } : { ok: false, error, detail };
}

/** Builds a success answer. */
export function succeed<T>(data: T): Success<T> {
  return { ok: true, data };
}

/**
 * Wraps a handler so that it only ever sees valid messages from this extension;
 * anything else is answered with a failure and never reaches the handler.
 */
export function guardHandler<S extends SenderLike>(
  ownId: string,
  handle: (message: Message, sender: S) => Promise<Result<unknown>> | Result<unknown> | undefined,
): (raw: unknown, sender: S) => Promise<Result<unknown>> | Result<unknown> | undefined {
  return (raw, sender) => {
    if (!isOwnSender(sender, ownId)) return fail('foreign-sender');
    const message = parseMessage(raw);
    if (!message) return fail('invalid-message');
    return handle(message, sender);
  };
}
