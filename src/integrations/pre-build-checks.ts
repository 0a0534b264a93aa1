import type { AstroIntegration } from 'astro';
import { assertValidContent } from '../lib/content-validation.ts';

/** Fails `astro build` and `astro dev` before anything renders when the content has a mistake or the site is given a sub-path base. */
export function preBuildChecks(contentDir: string): AstroIntegration {
  return {
    name: 'pre-build-checks',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        // Links are root-relative (clinics print /checklist/ URLs), so a sub-path base would break them.
        if (config.base !== '/') {
          throw new Error(`base is "${config.base}": this site must be served from the root of its domain (base "/")`);
        }
        assertValidContent(contentDir);
        logger.info('content and cross-references are valid');
      },
    },
  };
}
