// The site's address and corrections mailbox: what a build uses when they are not set, and what
// stops a build meant for deployment. Links, QR codes and posters that clinics print carry the
// address, so a build that would print a dead one must not be deployed.

/** The address a build uses when SITE_URL is not set. It reaches nobody. */
export const PLACEHOLDER_SITE_URL = 'https://sacral-massage-explained.example';

/** The mailbox a build uses when CORRECTIONS_EMAIL is not set. It reaches nobody. */
export const PLACEHOLDER_CORRECTIONS_EMAIL = 'corrections@sacral-massage-explained.example';

/** The settings a build reads from its environment. */
export interface SiteAddress {
  /** Deployed origin, e.g. https://example.org. */
  url: string;
  /** Where readers report mistakes. */
  correctionsEmail: string;
}

/** The address and mailbox from SITE_URL and CORRECTIONS_EMAIL, or the placeholders where a value is unset or empty. */
export function siteAddressFrom(env: Readonly<Record<string, string | undefined>>): SiteAddress {
  return {
    url: env.SITE_URL || PLACEHOLDER_SITE_URL,
    correctionsEmail: env.CORRECTIONS_EMAIL || PLACEHOLDER_CORRECTIONS_EMAIL,
  };
}

/** Domains kept for examples and tests (RFC 2606 and RFC 6761): nothing there reaches a reader. */
const RESERVED_HOST = /(^|\.)(example|invalid|test|localhost)$|(^|\.)example\.(com|net|org)$|^127\.|^\[?::1\]?$/;

/**
 * What is wrong with the address and mailbox for a deployed site, one sentence each naming the
 * variable and its value; [] when both are real.
 */
export function siteAddressProblems(address: SiteAddress): string[] {
  const problems: string[] = [];
  let host = '';
  try {
    const url = new URL(address.url);
    host = url.hostname;
    if (url.protocol !== 'https:') problems.push(`SITE_URL is "${address.url}": it must be an https:// address.`);
  } catch {
    problems.push(`SITE_URL is "${address.url}", which is not a web address.`);
  }
  if (address.url === PLACEHOLDER_SITE_URL) {
    problems.push(`SITE_URL is not set, so links, QR codes, posters and embed code would point at ${PLACEHOLDER_SITE_URL}, which reaches nobody.`);
  } else if (host && RESERVED_HOST.test(host)) {
    problems.push(`SITE_URL is "${address.url}", a test or example address that readers cannot reach.`);
  }

  const mailHost = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/.exec(address.correctionsEmail)?.[1];
  if (address.correctionsEmail === PLACEHOLDER_CORRECTIONS_EMAIL) {
    problems.push(`CORRECTIONS_EMAIL is not set, so the about page would ask readers to write to ${PLACEHOLDER_CORRECTIONS_EMAIL}, which reaches nobody.`);
  } else if (!mailHost) {
    problems.push(`CORRECTIONS_EMAIL is "${address.correctionsEmail}", which is not an email address.`);
  } else if (RESERVED_HOST.test(mailHost)) {
    problems.push(`CORRECTIONS_EMAIL is "${address.correctionsEmail}", a test or example address that nobody reads.`);
  }
  return problems;
}

/** The error a deploy build stops with, listing every problem and the command that fixes them. */
export function deployBuildError(problems: readonly string[]): Error {
  return new Error(
    [
      'npm run build:deploy refused to build: the site needs its real address and corrections mailbox.',
      ...problems.map((problem) => `  - ${problem}`),
      'Set both and build again, for example:',
      '  SITE_URL=https://your.domain CORRECTIONS_EMAIL=corrections@your.domain npm run build:deploy',
      '(npm run build, npm start and npm test work without them, and show a notice on the pages that share the address.)',
    ].join('\n')
  );
}
