import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every built .html page under `dist`, except Pagefind's own files. */
export function listHtmlFiles(dist = 'dist'): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind') walk(path);
      } else if (entry.name.endsWith('.html')) files.push(path);
    }
  };
  walk(dist);
  return files.sort();
}

/** The URL path a page is served at: "dist/articles/x/index.html" -> "/articles/x/"; "dist/404.html" -> "/404.html". */
export function urlPathOf(file: string, dist = 'dist'): string {
  const path = `/${relative(dist, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
