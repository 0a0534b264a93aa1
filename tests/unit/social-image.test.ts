import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { socialImageAlt, socialImagePath } from '../../src/lib/social-image.ts';
import { renderSocialImage } from '../../src/lib/social-image-render.ts';

describe('socialImagePath', () => {
  it('names one image per page, from its path', () => {
    expect(socialImagePath('/')).toBe('/og/home.png');
    expect(socialImagePath('/articles/evidence/')).toBe('/og/articles/evidence.png');
    expect(socialImagePath('/conditions/migraine/')).toBe('/og/conditions/migraine.png');
    expect(socialImagePath('/404')).toBe('/og/404.png');
    expect(socialImagePath('/404.html')).toBe('/og/404.png');
  });

  it('describes the image by the page title and the site', () => {
    expect(socialImageAlt('Glossary', 'Site')).toBe('Glossary: Site');
  });
});

describe('renderSocialImage', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'social-images-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const options = { title: 'Can the skull bones move?', siteName: 'Sacral Massage Explained', tagline: 'Plain facts', cacheDir };

  it('draws a 1200 x 630 PNG offline, then serves the same inputs from its cache', async () => {
    const first = await renderSocialImage(options);
    expect(first.cached).toBe(false);
    expect(first.png.subarray(1, 4).toString()).toBe('PNG');
    expect(first.png.readUInt32BE(16)).toBe(1200);
    expect(first.png.readUInt32BE(20)).toBe(630);
    expect(readdirSync(cacheDir)).toHaveLength(1);
    const again = await renderSocialImage(options);
    expect(again).toEqual({ png: first.png, cached: true });
  });

  it('draws again when the title changes', async () => {
    const other = await renderSocialImage({ ...options, title: 'Another page' });
    expect(other.cached).toBe(false);
    expect(readdirSync(cacheDir)).toHaveLength(2);
    expect(existsSync(cacheDir)).toBe(true);
  });
});
