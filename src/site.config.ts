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
  /** Who holds the copyright in the site's text, and since when (footer, about page, JSON-LD). */
  copyright: { holder: 'Sacral Massage Explained', year: 2026 },
  /** The licence of the site's own text. Quoted and linked works keep their own terms. */
  licence: {
    name: 'Creative Commons Attribution-NonCommercial 4.0 International',
    shortName: 'CC BY-NC 4.0',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
  },
} as const;

/**
 * Why this build's address or mailbox would reach nobody; [] for a build fit to deploy. While it
 * is not empty, `npm run build:deploy` refuses to build and the pages that share the address
 * (the clinics page, its poster, the about page) show a notice.
 */
export const SITE_ADDRESS_PROBLEMS = siteAddressProblems(address);

/** Where the content data lives. Benchmarks and tests point this at a throwaway folder. */
export const CONTENT_DIR = process.env.SME_CONTENT_DIR ?? './content';
