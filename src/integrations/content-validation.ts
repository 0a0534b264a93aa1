import type { AstroIntegration } from 'astro';
import { assertValidContent } from '../lib/content-validation.ts';

/** Fails `astro build` and `astro dev` before anything renders when the content has a mistake. */
export function contentValidation(contentDir: string): AstroIntegration {
  return {
    name: 'content-validation',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        assertValidContent(contentDir);
        logger.info('content and cross-references are valid');
      },
    },
  };
}
