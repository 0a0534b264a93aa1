/**
 * Marks the first cell of every body row of a Markdown table as that row's header, so a screen
 * reader announces "Touch" or "Clothing" with each cell of the row. Markdown tables have column
 * headers only.
 */
export function withRowHeaders(tableHtml: string): string {
  return tableHtml.replace(/<tbody>([\s\S]*?)<\/tbody>/g, (_body, rows: string) =>
    `<tbody>${rows.replace(/<tr>(\s*)<td([^>]*)>([\s\S]*?)<\/td>/g, '<tr>$1<th scope="row"$2>$3</th>')}</tbody>`
  );
}
