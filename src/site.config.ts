/** Facts about the site used by pages, feeds and the build. One place to change them. */
export const SITE = {
  name: 'Sacral Massage Explained',
  shortName: 'Sacral Massage Explained',
  description:
    'Plain, honest information about sacral massage (craniosacral therapy): what it is, what a session is like, its risks, and what the evidence shows.',
  /** Deployed origin. Override with SITE_URL when deploying (e.g. SITE_URL=https://example.org). */
  url: process.env.SITE_URL ?? 'https://sacral-massage-explained.example',
  lang: 'en',
  /** Where readers report mistakes. A mailbox on the deployed domain; change with the domain. */
  correctionsEmail: process.env.CORRECTIONS_EMAIL ?? 'corrections@sacral-massage-explained.example',
  /** Who holds the copyright in the site's text, and since when (footer, about page, JSON-LD). */
  copyright: { holder: 'Sacral Massage Explained', year: 2026 },
  /** The licence of the site's own text. Quoted and linked works keep their own terms. */
  licence: {
    name: 'Creative Commons Attribution-NonCommercial 4.0 International',
    shortName: 'CC BY-NC 4.0',
    url: 'https://creativecommons.org/licenses/by-nc/4.0/',
  },
} as const;

/** Where the content data lives. Benchmarks and tests point this at a throwaway folder. */
export const CONTENT_DIR = process.env.SME_CONTENT_DIR ?? './content';
