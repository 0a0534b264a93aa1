/** schema.org JSON-LD objects for the site's pages. Pure: the same input always gives the same output. */

export interface Crumb {
  name: string;
  /** Absolute URL of the crumb's page. */
  url: string;
}

/** What every MedicalWebPage of the site states about itself. */
export interface PageFacts {
  title: string;
  description: string;
  url: string;
  published: Date;
  updated: Date;
  lastReviewed: Date;
  breadcrumbs: readonly Crumb[];
  /** Only when a real clinician reviewed the page. */
  reviewedBy?: { name: string; credentials: string } | undefined;
  siteName: string;
  siteUrl: string;
  /** Who holds the copyright in the text, and the year it runs from. */
  copyright: { holder: string; year: number };
  /** The licence of the text, as a URL. */
  licenseUrl: string;
}

export interface ArticleFacts extends PageFacts {
  /** The therapy the article is about. */
  about: string;
}

export interface ConditionFacts extends PageFacts {
  /** The condition the page is about, as its title names it. */
  condition: string;
  /** Other names readers use for it. */
  alternateNames: readonly string[];
  /** The therapy whose evidence for the condition the page weighs. */
  therapy: string;
}

/** The site-wide part of PageFacts: who publishes the page, its licence, its URL and breadcrumbs. */
export type SitePageFacts = Pick<PageFacts, 'url' | 'breadcrumbs' | 'siteName' | 'siteUrl' | 'copyright' | 'licenseUrl'>;

/**
 * SitePageFacts for the page at `path`, made absolute against `origin` (the crumbs come as site
 * paths): what every layout would otherwise build again.
 */
export function sitePageFacts(
  site: { name: string; copyright: PageFacts['copyright']; licence: { url: string } },
  origin: URL,
  path: string,
  crumbs: readonly { name: string; path: string }[]
): SitePageFacts {
  return {
    url: new URL(path, origin).href,
    breadcrumbs: crumbs.map((crumb) => ({ name: crumb.name, url: new URL(crumb.path, origin).href })),
    siteName: site.name,
    siteUrl: origin.href,
    copyright: site.copyright,
    licenseUrl: site.licence.url,
  };
}

const CONTEXT = 'https://schema.org';
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The BreadcrumbList for a trail of pages, first crumb at position 1. */
export function breadcrumbList(crumbs: readonly Crumb[]) {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** WebSite, with the search page declared as its SearchAction when the site has one. */
export function websiteJsonLd(site: { name: string; url: string; description: string }, searchPath?: string) {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    description: site.description,
    inLanguage: 'en',
    ...(searchPath && {
      potentialAction: {
        '@type': 'SearchAction',
        target: { '@type': 'EntryPoint', urlTemplate: `${new URL(searchPath, site.url).href}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    }),
  };
}

/** A MedicalWebPage about `about`. `reviewedBy` appears only when a real review exists. */
function medicalWebPage(facts: PageFacts, about: Record<string, unknown>, mentions?: Record<string, unknown>) {
  return {
    '@context': CONTEXT,
    '@type': 'MedicalWebPage',
    name: facts.title,
    headline: facts.title,
    description: facts.description,
    url: facts.url,
    inLanguage: 'en',
    datePublished: day(facts.published),
    dateModified: day(facts.updated),
    lastReviewed: day(facts.lastReviewed),
    about,
    ...(mentions && { mentions }),
    medicalAudience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
    publisher: { '@type': 'Organization', name: facts.siteName, url: facts.siteUrl },
    copyrightHolder: { '@type': 'Organization', name: facts.copyright.holder, url: facts.siteUrl },
    copyrightYear: facts.copyright.year,
    license: facts.licenseUrl,
    breadcrumb: breadcrumbList(facts.breadcrumbs),
    ...(facts.reviewedBy && {
      reviewedBy: { '@type': 'Person', name: facts.reviewedBy.name, description: facts.reviewedBy.credentials },
    }),
  };
}

/** MedicalWebPage for an article about the therapy. */
export function articleJsonLd(facts: ArticleFacts) {
  return medicalWebPage(facts, { '@type': 'MedicalTherapy', name: facts.about });
}

/** MedicalWebPage for a condition page: about the condition, mentioning the therapy it weighs. */
export function conditionJsonLd(facts: ConditionFacts) {
  return medicalWebPage(
    facts,
    { '@type': 'MedicalCondition', name: facts.condition, ...(facts.alternateNames.length && { alternateName: [...facts.alternateNames] }) },
    { '@type': 'MedicalTherapy', name: facts.therapy }
  );
}

/**
 * Serialises JSON-LD for a <script type="application/ld+json"> element. "<" is escaped so that
 * no value can close the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
