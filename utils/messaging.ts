import { z } from 'zod';
import type { Capacity } from './capacity';
import type { LauncherState } from './content-messages';
import { liabilityFlagIdSchema, type OfferAnalysis } from './schema/analysis';
import type { Decision } from './schema/decision';
import { decisionSchema } from './schema/decision';
import type { OfferCapture } from './schema/offer';
import { offerCaptureSchema } from './schema/offer';
import type { Profile } from './schema/profile';
import { type Failure, fail, type Result } from './schema/result';

export { parseContentMessage } from './content-messages';

const nonce = z.string().min(8).max(100);

/**
 * Messages the overlay frame sends to its tab's content script. They travel through the background, which
 * knows the frame's tab from the message's sender: Firefox gives an extension page framed in a web page no
 * `tabs` API (Mozilla bug 1443253), so the frame cannot address its tab itself.
 */
const overlayToContent = [
  z.object({ type: z.literal('overlay:get-capture'), nonce }),
  z.object({ type: z.literal('overlay:resize'), nonce, height: z.number().min(0).max(5000) }),
  z.object({ type: z.literal('overlay:close'), nonce }),
  z.object({ type: z.literal('overlay:highlight'), nonce, quote: z.string().min(1).max(1000) }),
] as const;

/** The content script's messages as zod schemas (it parses them with a smaller hand-written parser). */
export const contentMessageSchema = z.discriminatedUnion('type', [
  ...overlayToContent,
  z.object({ type: z.literal('content:ping') }),
  z.object({ type: z.literal('screen:page') }),
  z.object({ type: z.literal('screen:selection'), text: z.string().min(1).max(100_000) }),
  z.object({
    type: z.literal('launcher:state'),
    url: z.string().min(1).max(4000),
    level: z.enum(['go', 'caution', 'no-go']).nullable(),
    existingStatus: z.enum(['accepted', 'declined', 'hold']).nullable(),
    open: z.boolean(),
  }),
]);

/** What the background receives: its own requests, and the overlay's requests it relays to the tab. */
const backgroundMessageSchema = z.discriminatedUnion('type', [
  // content script → background: the site script needs its screener now (injected into the sender's frame).
  z.object({ type: z.literal('screener:load') }),
  // content script → background: a capture is ready; the answer colours the launcher.
  z.object({ type: z.literal('offer:captured'), capture: offerCaptureSchema }),
  // overlay → background: decisions live in the extension origin's IndexedDB, reached through the background
  // (an extension frame inside a web page may get partitioned storage).
  z.object({ type: z.literal('decision:get-by-key'), key: z.string().min(1).max(4000) }),
  z.object({ type: z.literal('decision:save'), decision: decisionSchema }),
  z.object({ type: z.literal('profile:get') }),
  // overlay → background: the offer read against the stored profile, by the background, whose engine stays
  // warm between checklists (a fresh frame would compile every pattern again before it could paint).
  z.object({ type: z.literal('offer:analyze'), capture: offerCaptureSchema }),
  // overlay → background: weekly hours available and already committed to accepted work.
  z.object({ type: z.literal('capacity:get') }),
  // overlay → background: stop (or resume) raising one flag type, so it stops nagging.
  z.object({ type: z.literal('profile:mute-flag'), flag: liabilityFlagIdSchema, muted: z.boolean() }),
  // overlay → background: open the journal (needs the user gesture the click carries).
  z.object({ type: z.literal('sidepanel:open') }),
  // content script → background: the page hides the launcher or the checklist; here is the offer.
  z.object({ type: z.literal('launcher:hidden'), capture: offerCaptureSchema, reason: z.string().min(1).max(40) }),
  ...overlayToContent,
]);

export const messageSchema = z.union([backgroundMessageSchema, contentMessageSchema]);
/** Any message of the protocol. */
export type Message = z.infer<typeof messageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
/** A message the background answers (its own, or one it relays from the overlay to the tab). */
export type BackgroundMessage = z.infer<typeof backgroundMessageSchema>;
export type BackgroundMessageType = BackgroundMessage['type'];
/** A message a content script answers. */
export type ContentMessageType = z.infer<typeof contentMessageSchema>['type'];

/**
 * The protocol map: what each message is answered with. Senders and handlers are typed by it, so a request
 * and its answer cannot drift apart.
 */
export interface Answers {
  'launcher:state': null;
  'screener:load': null;
  'offer:captured': LauncherState;
  'decision:get-by-key': Decision | null;
  'decision:save': Decision;
  'profile:get': Profile;
  'offer:analyze': OfferAnalysis;
  'capacity:get': Capacity;
  'profile:mute-flag': Profile;
  'sidepanel:open': null;
  'launcher:hidden': null;
  'overlay:get-capture': OfferCapture;
  'overlay:resize': null;
  'overlay:close': null;
  'overlay:highlight': boolean;
  'content:ping': true;
  'screen:page': null;
  'screen:selection': null;
}

export type { LauncherStart, LauncherState } from './content-messages';

export {
  type ErrorCode,
  errorCodeSchema,
  type Failure,
  fail,
  type Result,
  type Success,
  succeed,
} from './schema/result';

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

/** Parses what the background receives; null for anything that is not one of its messages. */
export function parseBackgroundMessage(value: unknown): BackgroundMessage | null {
  const parsed = backgroundMessageSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Wraps a handler so that it only ever sees valid messages from this extension;
 * anything else is answered with a failure and never reaches the handler.
 */
export function guardHandler<S extends SenderLike, M = Message>(
  ownId: string,
  handle: (message: M, sender: S) => Promise<Result<unknown>> | Result<unknown> | undefined,
  parse: (value: unknown) => M | null = parseMessage as (value: unknown) => M | null,
): (raw: unknown, sender: S) => Promise<Result<unknown>> | Result<unknown> | undefined {
  return (raw, sender) => {
    if (!isOwnSender(sender, ownId)) return fail('foreign-sender');
    const message = parse(raw);
    if (!message) return fail('invalid-message');
    return handle(message, sender);
  };
}

/** Delivers a message and resolves with the receiver's raw answer (`runtime.sendMessage`, or a test's fake). */
export type Transport = (message: unknown) => Promise<unknown>;

/** A typed sender: `send({type, …})` resolves with that message's answer, or a failure; it never throws. */
export type Sender<T extends MessageType> = <K extends T>(message: MessageOf<K>) => Promise<Result<Answers[K]>>;

/** What a sender answers when the receiver is gone (restarting, updated, or never listening). */
export const UNREACHABLE: Failure = { ok: false, error: 'internal', detail: 'unreachable' };

function isResult(value: unknown): value is Result<unknown> {
  return !!value && typeof value === 'object' && 'ok' in value && typeof value.ok === 'boolean';
}

/** Builds a typed sender over a transport; anything that is not a Result becomes {@link UNREACHABLE}. */
export function createSender<T extends MessageType>(transport: Transport): Sender<T> {
  return async <K extends T>(message: MessageOf<K>): Promise<Result<Answers[K]>> => {
    try {
      const answer = await transport(message);
      return isResult(answer) ? (answer as Result<Answers[K]>) : UNREACHABLE;
    } catch {
      return UNREACHABLE;
    }
  };
}

/** One handler per message type a receiver answers, each returning that message's answer. */
export type Handlers<T extends MessageType, Context> = {
  [K in T]: (message: MessageOf<K>, context: Context) => Promise<Result<Answers[K]>> | Result<Answers[K]>;
};

/** Calls the handler for a message's type (the map is total, so every parsed message has one). */
export function dispatch<T extends MessageType, Context>(
  handlers: Handlers<T, Context>,
  message: MessageOf<T>,
  context: Context,
): Promise<Result<unknown>> | Result<unknown> {
  const handler = handlers[message.type as T] as (m: MessageOf<T>, c: Context) => Promise<Result<unknown>>;
  return handler(message, context);
}
