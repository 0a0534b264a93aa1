// No article types a care list by hand: every "get help / ask your doctor / tell your therapist"
// list is a <CareList>, rendered from content/checklist/checklist.yaml (see tests/e2e/care-lists.test.ts
// for the built pages).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { careListUses, handWrittenCareLists, splitFrontmatter } from '../../src/lib/content-validation.ts';

const ARTICLES = join('content', 'articles');
const articles = readdirSync(ARTICLES)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => ({ name, body: splitFrontmatter(readFileSync(join(ARTICLES, name), 'utf8'))!.body }));

describe('care lists in the articles', () => {
  it.each(articles)('$name has no care list written by hand', ({ body }) => {
    expect(handWrittenCareLists(body)).toEqual([]);
  });

  it('has its care lists on the articles that give care advice', () => {
    const withLists = articles.filter(({ body }) => careListUses(body).length > 0).map(({ name }) => name);
    expect(withLists).toEqual(expect.arrayContaining(['risks-and-who-should-avoid-it.mdx', 'what-to-expect.mdx', 'what-is-sacral-massage.mdx']));
  });
});
