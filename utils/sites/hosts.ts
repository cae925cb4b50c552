/**
 * Job sites the content script runs on without a user gesture (static host access).
 * Every other page is read only through activeTab, when the user asks.
 */
export const SUPPORTED_HOST_MATCHES = [
  '*://*.upwork.com/*',
  '*://*.freelancer.com/*',
  '*://*.fiverr.com/*',
  '*://*.coconala.com/*',
  '*://*.indeed.com/*',
  '*://*.linkedin.com/*',
  '*://*.lancers.jp/*',
  '*://*.crowdworks.jp/*',
  '*://*.linkedin.com/messaging/*',
  '*://*.x.com/messages/*',
];
