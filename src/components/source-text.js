// Renders an article's raw text with the extracted rows highlighted: quantities,
// statements, speakers and events each in their own colour. Text is inserted as text
// nodes, never as HTML, so markup in an article is shown, not run.

export const SPAN_KINDS = [
  {kind: "event", label: "Event (its sentence)"},
  {kind: "statement", label: "Statement (quote or reported clause)"},
  {kind: "speaker", label: "Speaker"},
  {kind: "quantity", label: "Quantity"}
];

/** Splits the text from `from` on at every span boundary; each piece knows the spans covering it. */
export function segments(text, spans, from = 0) {
  const cuts = new Set([from, text.length]);
  for (const s of spans) if (s.end > from) cuts.add(Math.max(from, s.start)), cuts.add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i], end = points[i + 1];
    pieces.push({start, end, spans: spans.filter((s) => s.start <= start && s.end >= end)});
  }
  return pieces;
}

function describe(span) {
  return Object.entries(span.detail).map(([k, v]) => `${k}: ${v}`).join("\n");
}

/**
 * The article as a <div> of paragraphs with <mark> elements. Each row's first piece carries
 * its row id as the element id, so that links like #q-… land on it; clicking a mark calls
 * onSelect with the spans under it.
 */
export function sourceText(text, spans, {onSelect = () => {}, bodyStart = 0} = {}) {
  const root = document.createElement("div");
  root.className = "source-text";
  // Front matter and a date line are the article's metadata, not its prose: shown apart.
  const header = text.slice(0, bodyStart).replace(/^\uFEFF/, "");
  if (header.trim()) {
    const meta = document.createElement("pre");
    meta.className = "source-meta";
    meta.textContent = header.trim();
    meta.setAttribute("aria-label", "The file's metadata (front matter), not part of the article's text");
    root.append(meta);
  }
  let paragraph = document.createElement("p");
  root.append(paragraph);
  const anchored = new Set();
  for (const piece of segments(text, spans, bodyStart)) {
    const chunk = text.slice(piece.start, piece.end);
    const parts = chunk.split(/(\r?\n\s*\r?\n)/);
    for (const part of parts) {
      if (/^\r?\n\s*\r?\n$/.test(part)) {
        paragraph = document.createElement("p");
        root.append(paragraph);
        continue;
      }
      if (!part) continue;
      if (piece.spans.length === 0) {
        paragraph.append(document.createTextNode(part));
        continue;
      }
      const mark = document.createElement("mark");
      mark.className = [...new Set(piece.spans.map((s) => `span-${s.kind}`))].join(" ");
      mark.textContent = part;
      mark.title = piece.spans.map((s) => `${s.kind} ${s.row_id}\n${describe(s)}`).join("\n\n");
      mark.tabIndex = 0;
      for (const s of piece.spans) {
        if (!anchored.has(s.row_id + s.kind) && s.kind !== "speaker") {
          anchored.add(s.row_id + s.kind);
          if (!root.querySelector(`[id="${CSS.escape(s.row_id)}"]`)) mark.id = s.row_id;
        }
      }
      const select = () => onSelect(piece.spans);
      mark.addEventListener("click", select);
      mark.addEventListener("keydown", (event) => { if (event.key === "Enter") select(); });
      paragraph.append(mark);
    }
  }
  return root;
}

/** The legend: one swatch per kind of span, with the number of rows of that kind. */
export function legend(spans) {
  const root = document.createElement("div");
  root.className = "source-legend";
  for (const {kind, label} of SPAN_KINDS) {
    const item = document.createElement("span");
    const swatch = document.createElement("mark");
    swatch.className = `span-${kind}`;
    swatch.textContent = "\u00a0\u00a0\u00a0";
    const rows = new Set(spans.filter((s) => s.kind === kind).map((s) => s.row_id)).size;
    item.append(swatch, document.createTextNode(` ${label}: ${rows}`));
    root.append(item);
  }
  return root;
}
