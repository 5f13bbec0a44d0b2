// The data dictionary of one table, as an HTML table of column, type, meaning and example;
// on a phone each column is a block (name and type, meaning, example: dictionaryStyle), so
// that no word is broken across lines in a fourth of the screen.
import {html} from "npm:htl";

export function dictionaryTable(rows, table) {
  const columns = rows.filter((r) => r.table === table);
  return html`<table class="dictionary">
    <thead><tr><th>Column</th><th>Type</th><th>Meaning</th><th>Example</th></tr></thead>
    <tbody>${columns.map((c) => html`<tr>
      <td class="name"><code>${c.column}</code>${c.contract ? "" : html` <span class="muted" title="added by this project, beyond the annotation guide's contract">+</span>`}</td>
      <td class="type">${c.type}</td>
      <td>${c.description}</td>
      <td class="example">${c.example ? html`<span class="eg">e.g. </span>${c.example}` : ""}</td>
    </tr>`)}</tbody>
  </table>`;
}
