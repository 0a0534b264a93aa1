/** The site path of an article: the one place its URL shape is written. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/**
 * Where one claimed use is explained. Today a section of the claimed-uses article; when the
 * per-condition pages (/conditions/<id>/) exist, this is the one line to change, and the evidence
 * scale and grade badges follow.
 */
export function claimedUsePath(id: string): string {
  return `/articles/claimed-uses/#${id}`;
}
