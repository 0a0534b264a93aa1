#!/usr/bin/env node
// `npm start` serves the built site here after building it.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site. Run `npm run build` first.');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 4321);
const server = await startStaticServer({ root: 'dist', port });
console.log(`Serving dist/ at ${server.url}/  (Ctrl+C stops it)`);
const stop = async () => {
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
