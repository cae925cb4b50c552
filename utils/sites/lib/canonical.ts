// Tracking and session parameters that never change which offer a URL shows.
const NOISE_PARAMS =
  /^(utm_.*|ref|refid|ref_id|trk|trkinfo|trackingid|tracking_id|source|src|from|fbclid|gclid|lipi|originalsubdomain|position|pagenum|referrer|sid|session_id|_gl)$/i;

/**
 * The URL-based key of an offer: known sites' offer ids, else host, path and meaningful parameters.
 * Adapters with their own `key()` take precedence (see `canonicalKey` in utils/sites/index.ts).
 */
export function genericKey(url: URL): string {
  const host = url.hostname.toLowerCase().replace(/^(www|m|jp|ja|[a-z]{2}(-[a-z]{2})?)\./, '');
  const path = url.pathname;

  if (host.endsWith('upwork.com')) {
    const id = (path + url.search).match(/~0[0-9a-z]{8,}/i)?.[0];
    if (id) return `upwork:job:${id.toLowerCase()}`;
  }
  if (host.endsWith('linkedin.com')) {
    const id = path.match(/\/jobs\/view\/(?:[^/]*-)?(\d{6,})/)?.[1] ?? url.searchParams.get('currentJobId');
    if (id && /^\d+$/.test(id)) return `linkedin:job:${id}`;
    const thread = path.match(/\/messaging\/thread\/([^/]+)/)?.[1];
    if (thread) return `linkedin:thread:${thread}`;
  }
  if (host.endsWith('lancers.jp')) {
    const id = path.match(/\/work\/detail\/(\d+)/)?.[1];
    if (id) return `lancers:work:${id}`;
  }
  if (host.endsWith('crowdworks.jp')) {
    const id = path.match(/\/public\/jobs\/(\d+)/)?.[1];
    if (id) return `crowdworks:job:${id}`;
  }

  const params = [...url.searchParams.entries()]
    .filter(([name]) => !NOISE_PARAMS.test(name))
    .sort(([a], [b]) => a.localeCompare(b));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : '';
  const cleanPath = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return `${host}${cleanPath}${query}`.slice(0, 4000);
}
