// How page weight is counted, shared by the budget report (tests/support/budgets.mjs) and the
// browser test that measures what an article really loads before the reader scrolls.
import { brotliCompressSync, constants } from 'node:zlib';

const KB = 1024;

/** The design's budgets for a page (brotli bytes): HTML alone, everything on first load, and JS. */
export const DEFAULT_BUDGET = { html: 14 * KB, total: 25 * KB, js: 1 * KB };

/** Bytes of `buffer` after brotli at quality 11, as a host pre-compresses files. */
export const brotliSize = (buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
