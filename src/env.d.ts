/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** Set by the article and condition pages so <Cite> can number citations in order of first use. */
    citations?: { numbers: Map<string, number>; uses: Map<string, number> };
  }
}
