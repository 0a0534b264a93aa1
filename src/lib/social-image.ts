/** Where each page's social preview (Open Graph) image lives, and its size. Shared by the page
 *  head, which names it, and the build step, which draws it. */

export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** "/" -> "/og/home.png"; "/articles/evidence/" -> "/og/articles/evidence.png"; "/404" -> "/og/404.png". */
export function socialImagePath(pagePath: string): string {
  const name = pagePath.replace(/\.html$/, '').replace(/^\/+|\/+$/g, '');
  return `/og/${name || 'home'}.png`;
}

/** The words a social preview's image stands for, for its alt text. */
export function socialImageAlt(title: string, siteName: string): string {
  return `${title}: ${siteName}`;
}
