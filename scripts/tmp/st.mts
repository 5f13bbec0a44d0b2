import { extractStatements } from "../../loaders/statements.ts";
import { loadStatementLexicon } from "../../loaders/statement-lexicon.ts";
import { makeDoc } from "../../tests/helpers.ts";
const lex = loadStatementLexicon();
for (const t of process.argv.slice(2)) {
  const rows = extractStatements(makeDoc(t), lex);
  console.log(JSON.stringify(t.slice(0, 70)), "→", rows.map((r) => `[${r.speaker}|${r.kind}|${r.stance}|via=${r.via}] ${r.quote.slice(0, 50)}`).join(" ;; ") || "NONE");
}
