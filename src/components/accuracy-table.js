// The methodology page's accuracy figures, table by table: a plain table whose cells fit a
// phone's width (a scrolling table would hide the recall and the counts there), then how often
// each column is right among the matched rows, written out so no figure hides in a cut-off cell.
import {html} from "npm:htl";

const percent = (x) => `${(100 * x).toFixed(0)}%`;
const NUMBER = "text-align: right; font-variant-numeric: tabular-nums";

/**
 * One row a table: F1, precision, recall, and the gold and extracted row counts. `predicted`
 * names whose rows were scored against the gold ("extracted", or "second annotator").
 */
export function accuracyTable(scores, {predicted = "extracted"} = {}) {
  const columns = [["F1", (s) => percent(s.f1)], ["precision", (s) => percent(s.precision)], ["recall", (s) => percent(s.recall)], ["gold rows", (s) => s.gold], [predicted, (s) => s.predicted]];
  return html`<table class="accuracy">
    <thead><tr><th>table</th>${columns.map(([name]) => html`<th style=${NUMBER}>${name}</th>`)}</tr></thead>
    <tbody>${scores.map((s) => html`<tr><td>${s.table}</td>${columns.map(([, value]) => html`<td style=${NUMBER}>${value(s)}</td>`)}</tr>`)}</tbody>
  </table>`;
}

/** How often each column is right among the matched rows, a line a table. */
export function columnAccuracy(scores) {
  return html`<p class="small">How often each column is right, among the rows matched:</p>
    <ul class="column-accuracy">${scores.filter((s) => s.attributes.length).map((s) => html`<li><strong>${s.table}</strong>: ${s.attributes.map((a) => `${a.attribute.replaceAll("_", " ")} ${percent(a.accuracy)}`).join(" · ")}</li>`)}</ul>`;
}
