/** The site path of an article: the one place its URL shape is written. */
export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

/** The page that lists every condition. */
export const CONDITIONS_PATH = '/conditions/';

/** The site path of one condition's page, /conditions/<id>/: stable once published (clinics print it). */
export function conditionPath(id: string): string {
  return `${CONDITIONS_PATH}${id}/`;
}
