import { siteAddressFrom, siteAddressProblems } from './lib/deploy-settings.ts';

const address = siteAddressFrom(process.env);

/** Facts about the site used by pages, feeds and the build. One place to change them. */
export const SITE = {
  name: 'Sacral Massage Explained',
  shortName: 'Sacral Massage Explained',
  description:
    'Plain, honest information about sacral massage (craniosacral therapy): what it is, what a session is like, its risks, and what the evidence shows.',
  /** Deployed origin. Set SITE_URL when building (e.g. SITE_URL=https://example.org); unset, it is a placeholder. */
  url: address.url,
  lang: 'en',
  /** Where readers report mistakes: set CORRECTIONS_EMAIL, a mailbox on the deployed domain. */
  correctionsEmail: address.correctionsEmail,
} as const;

/**
 * Why this build's address or mailbox would reach nobody; [] for a build fit to deploy. While it
 * is not empty, `npm run build:deploy` refuses to build and the pages that share the address
 * (the clinics page, its poster, the about page) show a notice.
 */
export const SITE_ADDRESS_PROBLEMS = siteAddressProblems(address);

/** Where the content data lives. Benchmarks and tests point this at a throwaway folder. */
export const CONTENT_DIR = process.env.SME_CONTENT_DIR ?? './content';
