/**
 * Real offer URLs each adapter was checked against, by adapter id. Kept out of the adapters so the content
 * script does not carry them onto every page; the registry test holds every adapter to having some.
 */
export const EXAMPLE_URLS: Record<string, readonly string[]> = {
  coconala: ['https://coconala.com/requests/3456789', 'https://coconala.com/requests/3456789?ref=top'],
  fiverr: ['https://www.fiverr.com/briefs/seller/brief/64f1c2ab9d', 'https://www.fiverr.com/inbox/lanternhollow'],
  crowdworks: [
    'https://crowdworks.jp/public/jobs/9876543',
    'https://crowdworks.jp/public/jobs/9876543?ref=toppage_job',
  ],
  freelancer: [
    'https://www.freelancer.com/projects/php/Build-booking-plugin-38123456',
    'https://www.freelancer.com/projects/38123456/details',
    'https://www.freelancer.com/projects/wordpress/booking-plugin-yoga-studio/proposals',
  ],
  indeed: [
    'https://www.indeed.com/viewjob?jk=a1b2c3d4e5f60718',
    'https://jp.indeed.com/viewjob?jk=a1b2c3d4e5f60718&from=serp',
    'https://jp.indeed.com/jobs?q=%E5%9C%A8%E5%AE%85&l=%E6%9D%B1%E4%BA%AC%E9%83%BD&vjk=a1b2c3d4e5f60718',
  ],
  lancers: ['https://www.lancers.jp/work/detail/5012345', 'https://www.lancers.jp/work/detail/5012345?ref=search'],
  'linkedin-messaging': [
    'https://www.linkedin.com/messaging/thread/2-YmFkZjEyMzQ1Ng==/',
    'https://www.linkedin.com/messaging/thread/2-YmFkZjEyMzQ1Ng%3D%3D/?trk=nav_msg',
  ],
  linkedin: [
    'https://www.linkedin.com/jobs/view/4012345678/',
    'https://www.linkedin.com/jobs/search/?currentJobId=4012345678&keywords=react',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4012345678',
  ],
  upwork: [
    'https://www.upwork.com/jobs/Shopify-theme-customization-for-skincare-store_~021987654321098765/',
    'https://www.upwork.com/nx/search/jobs/details/~010000000000000002?q=video',
    'https://www.upwork.com/freelance-jobs/apply/Data-entry_~010000000000000001/',
  ],
  x: ['https://x.com/messages/1234567890-9876543210', 'https://mobile.x.com/messages/1234567890-9876543210/'],
};
