import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../support/static-server.mjs';

/** Serves the built site on 127.0.0.1 for the browser tests, and stops it afterwards. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ has no built site: run `npm run build` before the browser tests');
  const server: { url: string; close: () => Promise<void> } = await startStaticServer({ root: 'dist', port: 0 });
  project.provide('baseUrl', server.url);
  return async () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
