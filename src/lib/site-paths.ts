/** The site path of an article: the one place its URL shape is written. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}
