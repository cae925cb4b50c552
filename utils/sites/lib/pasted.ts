import type { OfferCapture } from '../../schema/offer';
import type { SiteReader } from '../capture';
import { tidy } from './dom';

// Apart from capture.ts: content scripts never read a pasted offer, so their bundles leave this out.

/** "Jane <jane@x.jp>", "@jane", "jane@x.jp" or a plain name, as the client fields the community tie reads. */
export function readSender(sender: string | undefined): OfferCapture['client'] {
  const value = sender?.trim() ?? '';
  if (!value) return {};
  const email = value.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
  if (email) {
    const name = value
      .replace(email, '')
      .replace(/[<>()"]/g, '')
      .trim();
    return { email, ...(name ? { name } : {}) };
  }
  if (/^@[\w.-]{1,50}$/.test(value)) return { handle: value };
  if (/^https?:\/\//i.test(value)) return { profileUrl: value };
  return { name: value };
}

/** A capture of an offer pasted into the side panel (a Slack or LINE message, an e-mail). */
export function capturePasted(
  reader: SiteReader,
  input: { text: string; sender?: string; url?: string },
  now: Date = new Date(),
): OfferCapture {
  const url = input.url?.trim() || `pasted:${now.getTime()}`;
  const firstLine = tidy(input.text).split('\n')[0] ?? '';
  return reader.buildCapture(
    {
      kind: 'dm',
      title: firstLine.slice(0, 120),
      text: tidy(input.text),
      client: readSender(input.sender),
      trust: {},
    },
    { url, site: input.url ? (reader.findAdapter(input.url)?.id ?? 'pasted') : 'pasted', source: 'pasted', now },
  );
}
