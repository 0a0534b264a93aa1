/** schema.org JSON-LD objects for the site's pages. Pure: the same input always gives the same output. */

export interface Crumb {
  name: string;
  /** Absolute URL of the crumb's page. */
  url: string;
}

export interface ArticleFacts {
  title: string;
  description: string;
  url: string;
  about: string;
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

/** MedicalWebPage for an article. `reviewedBy` appears only when a real review exists. */
export function articleJsonLd(facts: ArticleFacts) {
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
    about: { '@type': 'MedicalTherapy', name: facts.about },
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

/**
 * Serialises JSON-LD for a <script type="application/ld+json"> element. "<" is escaped so that
 * no value can close the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
