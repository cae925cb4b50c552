import { textOf, tidy } from './dom';
import type { AdapterCapture } from './types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const MAX_SCRIPTS = 20;
const MAX_SCRIPT_LENGTH = 500_000;

function isJobPosting(node: Json): node is { [key: string]: Json } {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return false;
  const type = node['@type'];
  return type === 'JobPosting' || (Array.isArray(type) && type.includes('JobPosting'));
}

function findJobPosting(node: Json, depth = 0): { [key: string]: Json } | null {
  if (depth > 6 || !node || typeof node !== 'object') return null;
  if (isJobPosting(node)) return node;
  const children: Json[] = Array.isArray(node) ? node : Object.values(node as { [key: string]: Json });
  for (const child of children) {
    const found = findJobPosting(child, depth + 1);
    if (found) return found;
  }
  return null;
}

const str = (value: Json | undefined): string | undefined =>
  typeof value === 'string' ? value.trim() || undefined : typeof value === 'number' ? String(value) : undefined;

function describeSalary(salary: Json | undefined): string | undefined {
  if (!salary || typeof salary !== 'object' || Array.isArray(salary)) return str(salary);
  const currency = str(salary.currency) ?? '';
  const value = salary.value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const min = str(value.minValue);
    const max = str(value.maxValue);
    const single = str(value.value);
    const unit = str(value.unitText);
    const amount = min && max ? `${min}-${max}` : (single ?? min ?? max ?? '');
    return `${currency} ${amount}${unit ? ` per ${unit.toLowerCase()}` : ''}`.trim() || undefined;
  }
  return `${currency} ${str(value) ?? ''}`.trim() || undefined;
}

/** Turns description HTML into text in an inert parsed document: nothing in it runs or loads. */
function htmlToText(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  return textOf(parsed.body);
}

/** Reads a schema.org JobPosting from the page's JSON-LD, the fallback every adapter shares. */
export function captureJsonLd(doc: Document): AdapterCapture | null {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, MAX_SCRIPTS);
  for (const script of scripts) {
    const raw = script.textContent ?? '';
    if (raw.length > MAX_SCRIPT_LENGTH) continue;
    let data: Json;
    try {
      data = JSON.parse(raw) as Json;
    } catch {
      continue;
    }
    const job = findJobPosting(data);
    if (!job) continue;
    const title = str(job.title) ?? str(job.name) ?? '';
    const description = str(job.description) ?? '';
    const org = job.hiringOrganization;
    const orgObj = org && typeof org === 'object' && !Array.isArray(org) ? org : null;
    const facts = [
      str(job.jobLocationType) ? `Location type: ${str(job.jobLocationType)}` : '',
      str(job.employmentType) ? `Employment type: ${str(job.employmentType)}` : '',
    ].filter(Boolean);
    const text = tidy([htmlToText(description), ...facts].join('\n'));
    if (!title && !text) continue;
    return {
      kind: 'job-post',
      title,
      text,
      client: {
        name: orgObj ? str(orgObj.name) : str(org),
        profileUrl: orgObj ? (str(orgObj.sameAs) ?? str(orgObj.url)) : undefined,
      },
      budgetText: describeSalary(job.baseSalary),
      postedAt: str(job.datePosted),
      trust: {},
    };
  }
  return null;
}
