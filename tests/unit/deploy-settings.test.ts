import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  PLACEHOLDER_CORRECTIONS_EMAIL,
  PLACEHOLDER_SITE_URL,
  deployBuildError,
  siteAddressFrom,
  siteAddressProblems,
} from '../../src/lib/deploy-settings.ts';
import { DEPLOY_BUILD_FLAG, preBuildChecks } from '../../src/integrations/pre-build-checks.ts';

const REAL = { url: 'https://sacral-massage.org', correctionsEmail: 'corrections@sacral-massage.org' };

describe('siteAddressFrom', () => {
  it('reads SITE_URL and CORRECTIONS_EMAIL, and falls back to the placeholders when unset or empty', () => {
    expect(siteAddressFrom({ SITE_URL: REAL.url, CORRECTIONS_EMAIL: REAL.correctionsEmail })).toEqual(REAL);
    expect(siteAddressFrom({})).toEqual({ url: PLACEHOLDER_SITE_URL, correctionsEmail: PLACEHOLDER_CORRECTIONS_EMAIL });
    expect(siteAddressFrom({ SITE_URL: '', CORRECTIONS_EMAIL: '' })).toEqual(siteAddressFrom({}));
  });
});

describe('siteAddressProblems', () => {
  it('finds nothing wrong with a real https address and mailbox', () => {
    expect(siteAddressProblems(REAL)).toEqual([]);
  });

  it('names both placeholders, each with its variable', () => {
    const problems = siteAddressProblems(siteAddressFrom({}));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^SITE_URL is not set, .*https:\/\/sacral-massage-explained\.example/);
    expect(problems[1]).toMatch(/^CORRECTIONS_EMAIL is not set, .*corrections@sacral-massage-explained\.example/);
  });

  it.each([
    [{ ...REAL, url: 'http://sacral-massage.org' }, 'SITE_URL is "http://sacral-massage.org": it must be an https:// address.'],
    [{ ...REAL, url: 'sacral-massage.org' }, 'SITE_URL is "sacral-massage.org", which is not a web address.'],
    [{ ...REAL, url: 'https://localhost:4321' }, 'SITE_URL is "https://localhost:4321", a test or example address that readers cannot reach.'],
    [{ ...REAL, url: 'https://preview.example.com' }, 'SITE_URL is "https://preview.example.com", a test or example address that readers cannot reach.'],
    [{ ...REAL, correctionsEmail: 'corrections' }, 'CORRECTIONS_EMAIL is "corrections", which is not an email address.'],
    [{ ...REAL, correctionsEmail: 'me@site.test' }, 'CORRECTIONS_EMAIL is "me@site.test", a test or example address that nobody reads.'],
  ])('refuses %j', (address, problem) => {
    expect(siteAddressProblems(address)).toEqual([problem]);
  });
});

describe('the deploy build', () => {
  /** Runs the integration's setup hook as Astro would, with a no-op logger. */
  const setUp = (options: Parameters<typeof preBuildChecks>[1]) => {
    const warnings: string[] = [];
    const hook = preBuildChecks('content', options).hooks['astro:config:setup'] as unknown as (context: object) => void;
    hook({ config: { base: '/' }, logger: { info: () => {}, warn: (text: string) => warnings.push(text) } });
    return warnings;
  };

  it('refuses to build while the address or mailbox is a placeholder, listing each problem and the fix', () => {
    const problems = siteAddressProblems(siteAddressFrom({}));
    expect(() => setUp({ deploy: true, addressProblems: problems })).toThrow(deployBuildError(problems).message);
    expect(deployBuildError(problems).message).toMatch(
      /^npm run build:deploy refused to build[\s\S]*  - SITE_URL is not set[\s\S]*  - CORRECTIONS_EMAIL is not set[\s\S]*SITE_URL=https:\/\/your\.domain CORRECTIONS_EMAIL=corrections@your\.domain npm run build:deploy/
    );
  });

  it('builds with real settings, and a local build only warns', () => {
    expect(setUp({ deploy: true, addressProblems: [] })).toEqual([]);
    expect(setUp({ deploy: false, addressProblems: siteAddressProblems(siteAddressFrom({})) })).toEqual([
      'not a deploy build: the site address or corrections mailbox is a placeholder (see npm run build:deploy)',
    ]);
  });

  it('is what npm run build:deploy runs', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['build:deploy']).toBe(`${DEPLOY_BUILD_FLAG}=1 astro build`);
    expect(scripts.build).toBe('astro build');
  });
});
