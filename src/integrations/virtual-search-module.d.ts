declare module 'virtual:search-module' {
  /** Where the search module is served: a hashed file in a build, the source file in `astro dev`. */
  export const searchModuleUrl: string;
}
