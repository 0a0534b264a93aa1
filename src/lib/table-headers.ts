/**
 * Gives a Markdown table's headers their scope, and marks the first cell of every body row as that
 * row's header, so a screen reader announces "Touch" or "Clothing" with each cell of the row.
 * Markdown tables have column headers only.
 */
export function withTableHeaders(tableHtml: string): string {
  return tableHtml
    .replace(/<thead>([\s\S]*?)<\/thead>/g, (_head, cells: string) => `<thead>${cells.replace(/<th(?![^>]*\bscope=)/g, '<th scope="col"')}</thead>`)
    .replace(/<tbody>([\s\S]*?)<\/tbody>/g, (_body, rows: string) =>
      `<tbody>${rows.replace(/<tr>(\s*)<td([^>]*)>([\s\S]*?)<\/td>/g, '<tr>$1<th scope="row"$2>$3</th>')}</tbody>`
    );
}
