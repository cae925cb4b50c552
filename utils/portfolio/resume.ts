import { createTranslator, formatDay, type Locale } from '../i18n';
import type { Decision } from '../schema/decision';
import type { Profile } from '../schema/profile';

/** The part of the JSON Resume schema (v1.0.0) this export fills. */
export interface JsonResume {
  $schema: string;
  meta: { version: string; lastModified: string };
  skills: { name: string; level: string }[];
  projects: JsonResumeProject[];
}

export interface JsonResumeProject {
  name: string;
  description: string;
  startDate: string;
  endDate: string;
  entity?: string;
  url?: string;
  keywords?: string[];
  highlights?: string[];
  type: string;
}

export const JSON_RESUME_SCHEMA_URL = 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json';

/** How sites are named in a résumé (the journal keeps their adapter ids). */
const SITE_NAMES: Readonly<Record<string, string>> = {
  upwork: 'Upwork',
  freelancer: 'Freelancer.com',
  fiverr: 'Fiverr',
  linkedin: 'LinkedIn',
  'linkedin-messaging': 'LinkedIn',
  indeed: 'Indeed',
  lancers: 'Lancers',
  crowdworks: 'CrowdWorks',
  coconala: 'coconala',
  x: 'X',
};

/** Work that is in a portfolio: accepted, and delivered. */
export function isCompletedWork(decision: Decision): boolean {
  return decision.status === 'accepted' && Boolean(decision.outcome?.deliveredAt);
}

/** A link the résumé schema accepts (an absolute http(s) URI), or nothing. */
function webLink(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Completed accepted work as JSON Resume `projects` (newest delivery first), and the profile's skills as
 * its `skills`, worded in the UI language. Nothing private goes in: not the notes, the flags, the pay
 * or the captured offer text; only the title, client, dates, the skills the offer used, and the link and
 * testimonial the user entered as an outcome.
 */
export function toJsonResume(
  profile: Profile,
  decisions: readonly Decision[],
  opts: { locale: Locale; skillLabel: (id: string) => string; now: Date },
): JsonResume {
  const t = createTranslator(opts.locale);
  const projects = decisions
    .filter(isCompletedWork)
    .map((d): JsonResumeProject & { sortKey: string } => {
      const outcome = d.outcome;
      const endDate = outcome?.deliveredAt ?? d.updatedAt.slice(0, 10);
      // Without a start date, the day it was decided; never after the delivery (old work logged late).
      const start = outcome?.startedAt ?? d.createdAt.slice(0, 10);
      const site = SITE_NAMES[d.offer.site];
      const project: JsonResumeProject & { sortKey: string } = {
        name: d.offer.title.trim() || t('resumeUntitled'),
        description: site ? t('resumeDescriptionSite', { site }) : t('resumeDescription'),
        startDate: start < endDate ? start : endDate,
        endDate,
        type: t('resumeType'),
        sortKey: endDate,
      };
      const client = d.offer.client.name?.trim();
      if (client) project.entity = client;
      const url = webLink(outcome?.link);
      if (url) project.url = url;
      const skills = d.checklist.skillMatch.value.matched;
      if (skills.length) project.keywords = skills.map(opts.skillLabel);
      const testimonial = outcome?.testimonial?.trim();
      if (testimonial) project.highlights = [testimonial];
      return project;
    })
    .sort((a, b) => (a.sortKey < b.sortKey ? 1 : a.sortKey > b.sortKey ? -1 : 0))
    .map(({ sortKey: _, ...project }) => project);
  return {
    $schema: JSON_RESUME_SCHEMA_URL,
    meta: { version: 'v1.0.0', lastModified: opts.now.toISOString().slice(0, 19) },
    skills: profile.skills.map((s) => ({ name: opts.skillLabel(s.id), level: t(`level.${s.level}`) })),
    projects,
  };
}

/** The download's file name: gig-screener-resume-YYYY-MM-DD.json, by the local date. */
export function resumeFileName(now: Date): string {
  return `gig-screener-resume-${formatDay(now)}.json`;
}
