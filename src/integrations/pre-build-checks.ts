import type { AstroIntegration } from 'astro';
import { assertValidContent } from '../lib/content-validation.ts';
import { deployBuildError } from '../lib/deploy-settings.ts';
import { SITE_ADDRESS_PROBLEMS } from '../site.config.ts';

/** Set by `npm run build:deploy`: the build is meant for deployment. */
export const DEPLOY_BUILD_FLAG = 'SME_DEPLOY';

/**
 * Fails `astro build` and `astro dev` before anything renders when the content has a mistake or
 * the site is given a sub-path base; a deploy build also fails while the site's address or
 * corrections mailbox is a placeholder (clinics would print links that reach nobody).
 */
export function preBuildChecks(
  contentDir: string,
  options: { deploy?: boolean; addressProblems?: readonly string[] } = {}
): AstroIntegration {
  const { deploy = process.env[DEPLOY_BUILD_FLAG] === '1', addressProblems = SITE_ADDRESS_PROBLEMS } = options;
  return {
    name: 'pre-build-checks',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        // Links are root-relative (clinics print /checklist/ URLs), so a sub-path base would break them.
        if (config.base !== '/') {
          throw new Error(`base is "${config.base}": this site must be served from the root of its domain (base "/")`);
        }
        if (deploy && addressProblems.length) throw deployBuildError(addressProblems);
        assertValidContent(contentDir);
        logger.info('content and cross-references are valid');
        if (!deploy && addressProblems.length) {
          logger.warn('not a deploy build: the site address or corrections mailbox is a placeholder (see npm run build:deploy)');
        }
      },
    },
  };
}
