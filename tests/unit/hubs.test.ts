import { describe, expect, it } from 'vitest';
import { hubPlace } from '../../src/lib/hubs.ts';

const RISKS = {
  title: 'Risks and safety',
  pages: [
    { article: 'risks', label: 'Who should avoid it' },
    { article: 'side-effects', label: 'Side effects' },
    { article: 'what-to-tell', label: 'What to tell your therapist' },
  ],
};
const OTHER = { title: 'Another topic', pages: [{ article: 'one', label: 'One' }, { article: 'two', label: 'Two' }] };

describe('hubPlace', () => {
  it('lists every page of the topic in order, marking the one being read', () => {
    const place = hubPlace([OTHER, RISKS], 'side-effects')!;
    expect(place.title).toBe('Risks and safety');
    expect(place.pages).toEqual([
      { label: 'Who should avoid it', path: '/articles/risks/', current: false },
      { label: 'Side effects', path: '/articles/side-effects/', current: true },
      { label: 'What to tell your therapist', path: '/articles/what-to-tell/', current: false },
    ]);
    expect(place.previous?.path).toBe('/articles/risks/');
    expect(place.next?.path).toBe('/articles/what-to-tell/');
  });

  it('has no Previous on the first page and no Next on the last', () => {
    expect(hubPlace([RISKS], 'risks')).toMatchObject({ previous: undefined, next: { label: 'Side effects' } });
    expect(hubPlace([RISKS], 'what-to-tell')).toMatchObject({ previous: { label: 'Side effects' }, next: undefined });
  });

  it('gives nothing for an article that is in no topic', () => {
    expect(hubPlace([RISKS, OTHER], 'evidence')).toBeUndefined();
    expect(hubPlace([], 'risks')).toBeUndefined();
  });
});
