// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offerCaptureSchema } from '../../../utils/schema/offer';
import { captureOffer } from '../../../utils/sites';
import { captureMainText } from '../../../utils/sites/lib/main-text';
import { loadPage } from './load';

const NOW = new Date('2026-11-22T10:00:00.000Z');
const URL_ = 'https://jp.linkedin.com/jobs/view/freelance-data-visualisation-developer-at-tidewater-labs-4023456789';

describe('linkedin public job page (signed out)', () => {
  it('reads the top card, the pay range, the criteria and the description', () => {
    const capture = captureOffer(loadPage('linkedin/job-guest.html'), `${URL_}?trk=public_jobs_topcard-title`, NOW);
    expect(capture).toMatchObject({
      site: 'linkedin',
      source: 'adapter',
      key: 'linkedin:job:4023456789',
      title: 'Freelance Data Visualisation Developer',
      budgetText: '¥7,000.00/hr - ¥9,500.00/hr',
      postedAt: '3 days ago',
      client: {
        name: 'Tidewater Labs',
        profileUrl: 'https://jp.linkedin.com/company/tidewater-labs',
        location: 'Osaka, Osaka, Japan',
      },
      trust: { applicants: 200 },
    });
    expect(capture?.missing).toBeUndefined();
    expect(capture?.text).toContain('Employment type: Contract');
    expect(capture?.text).toContain('Remote from anywhere in Japan');
    expect(offerCaptureSchema.safeParse(capture).success).toBe(true);
  });

  it.each([
    'Grafana Dashboard Engineer',
    '¥9,000,000',
    'Portline Systems',
    'GIS Analyst, Port Logistics',
    'D3 Developer jobs',
    'Sign in to see who you already know',
  ])('takes nothing from other listings or page furniture: %s', (noise) => {
    const capture = captureOffer(loadPage('linkedin/job-guest.html'), URL_, NOW);
    expect(`${capture?.title}\n${capture?.text}\n${capture?.budgetText}\n${capture?.client.name}`).not.toContain(noise);
  });

  it('says the pay is not on the page when the job states none', () => {
    const doc = loadPage('linkedin/job-guest.html');
    doc.querySelector('.compensation')?.remove();
    expect(captureOffer(doc, URL_, NOW)?.missing).toEqual(['budget']);
  });

  it('keeps the description and drops the similar jobs with the adapter off', () => {
    const main = captureMainText(loadPage('linkedin/job-guest.html'));
    expect(main?.title).toBe('Freelance Data Visualisation Developer');
    expect(main?.text).toContain('turn the readings into dashboards');
    expect(main?.text).not.toContain('Grafana Dashboard Engineer');
    expect(main?.text).not.toContain('GIS Analyst');
  });
});
