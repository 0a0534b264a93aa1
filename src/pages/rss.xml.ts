import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../site.config.ts';
import { articlePath, getArticlesInOrder } from '../data/content.ts';

export async function GET(context: APIContext) {
  const articles = await getArticlesInOrder();
  return rss({
    title: SITE.name,
    description: SITE.description,
    site: context.site ?? SITE.url,
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.updated,
      link: articlePath(article.id),
    })),
  });
}
