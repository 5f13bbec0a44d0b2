import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_DIR } from "../loaders/cli.ts";
import { parseCsv } from "../loaders/csv.ts";
import { scoreTable, type PredictedRow } from "../loaders/evaluate.ts";
import { findQuotes } from "../loaders/quotes.ts";
import type { StatementRow } from "../loaders/statements.ts";
import { TABLE_SPECS } from "../loaders/tables.ts";
import { corpusTables, cpuMsOf } from "./helpers.ts";
import { expectOffsets, lexicon, only, statements } from "./statements/plain-doc.ts";

describe("direct quotes", () => {
  it("reads straight quotes with the speaker after them, and the channel", () => {
    const raw = '"We will not tolerate any arms deal with Pyongyang," Lloyd Austin told reporters on Tuesday.';
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Lloyd Austin", speaker_country: "USA", quote: "We will not tolerate any arms deal with Pyongyang", kind: "direct", via: "reporters", date: "2024-06-25", date_precision: "day" });
    expectOffsets(raw, row, "We will not tolerate any arms deal with Pyongyang");
  });

  it("reads curly quotes with an inverted attribution and an appositive role", () => {
    const raw = "“The shipments must stop at once,” said Antony Blinken, the US Secretary of State.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Antony Blinken", speaker_role: "US Secretary of State", speaker_country: "USA", quote: "The shipments must stop at once", kind: "direct" });
    expectOffsets(raw, row, "The shipments must stop at once");
  });

  it("joins a quote split by its attribution into one statement", () => {
    const raw = '"These transfers are illegal," Yoon Suk Yeol said. "They will only deepen the North\'s isolation."';
    const row = only(raw);
    expect(row.quote).toBe("These transfers are illegal … They will only deepen the North's isolation.");
    expect(row.kind).toBe("direct");
    expectOffsets(raw, row, "These transfers are illegal");
  });

  it("joins a split quote within one sentence", () => {
    const raw = "“The drills are a rehearsal,” the spokesman said, “and we will answer them.”";
    const row = only(raw);
    expect(row.quote).toBe("The drills are a rehearsal … and we will answer them.");
  });

  it("keeps a quote that runs over several sentences whole", () => {
    const raw = '"Russia has fired the missiles at our cities. We have the fragments to prove it," Ukrainian military spokesman Andriy Kovalenko said.';
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Andriy Kovalenko", speaker_role: "Ukrainian military spokesman", speaker_country: "UKR", kind: "direct", stance: "accuse" });
    expect(row.quote).toBe("Russia has fired the missiles at our cities. We have the fragments to prove it");
  });

  it("carries a quote on into the next paragraph without new attribution", () => {
    const raw = '"The sanctions are working," said John Kirby.\n"Moscow is running out of shells and is begging Pyongyang for more."';
    const row = only(raw);
    expect(row.quote).toBe("The sanctions are working … Moscow is running out of shells and is begging Pyongyang for more.");
    expect(row.evidence).toContain("\n");
  });

  it("keeps quotes inside quotes and reads a denial from the words", () => {
    const raw = "“We have never sold a single shell to Moscow, and the talk of an ‘arms deal’ is a lie,” the foreign ministry said in a statement carried by KCNA.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "the foreign ministry", kind: "direct", stance: "deny", via: "KCNA" });
    expect(row.quote).toContain("‘arms deal’");
  });
});

describe("reported speech", () => {
  it("marks quoted fragments inside reported speech as mixed", () => {
    const raw = 'Kishida said Japan would "respond firmly" to any transfer of missiles to Russia.';
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Fumio Kishida".includes(row.speaker) ? row.speaker : "Kishida", kind: "mixed", speaker_country: "JPN" });
    expect(row.quote).toBe('Japan would "respond firmly" to any transfer of missiles to Russia');
    expectOffsets(raw, row, row.quote);
  });

  it("takes the that-clause of a that-verb, with the date of the attribution", () => {
    const raw = "South Korea's foreign ministry said on Friday that the launches violated UN resolutions.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "South Korea's foreign ministry", speaker_country: "KOR", quote: "the launches violated UN resolutions", kind: "indirect", date: "2024-06-21", date_precision: "day", speaker_role: "" });
    expectOffsets(raw, row, "the launches violated UN resolutions");
  });

  it("starts the clause at the verb for object verbs, with the object as target", () => {
    const raw = "Washington has accused Pyongyang of shipping artillery shells to Russia by rail.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Washington", speaker_country: "USA", stance: "accuse", target: "PRK", date: "" });
    expectOffsets(raw, row, "accused Pyongyang of shipping artillery shells to Russia by rail");
  });

  it("reads a fronted clause with the attribution after it", () => {
    const raw = "Pyongyang shipped thousands of containers to Russia last autumn, the Wall Street Journal reported on Monday.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Wall Street Journal", speaker_country: "", stance: "accuse", date: "2024-06-24" });
    expectOffsets(raw, row, "Pyongyang shipped thousands of containers to Russia last autumn");
  });

  it("gives denials the accusers named before as target", () => {
    const raw = "Seoul and Tokyo have accused the two countries of trading arms. Moscow and Pyongyang have denied any such deal.";
    const rows = statements(raw);
    expect(rows.map((r) => [r.speaker, r.stance, r.target])).toEqual([
      ["Seoul and Tokyo", "accuse", ""],
      ["Moscow and Pyongyang", "deny", "KOR;JPN"],
    ]);
    expect(rows[1].speaker_country).toBe("RUS;PRK");
  });

  it("handles negation: a verb that did not happen carries no stance", () => {
    const row = only("The Kremlin did not deny that talks with Pyongyang had taken place.");
    expect(row.stance).toBe("other");
    expect(row.quote).toBe("talks with Pyongyang had taken place");
  });

  it("reads 'according to X' as the speaker when nobody else speaks", () => {
    const raw = "According to Yonhap, the North shipped 6,700 containers of munitions to Russia.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "Yonhap", speaker_country: "", via: "" });
    expectOffsets(raw, row, "the North shipped 6,700 containers of munitions to Russia");
  });

  it("reads 'according to X' as the channel when a body speaks", () => {
    const raw = "North Korea's defence ministry condemned the drills as a rehearsal for invasion, according to state media.";
    const row = only(raw);
    expect(row).toMatchObject({ speaker: "North Korea's defence ministry", speaker_country: "PRK", stance: "condemn", via: "state media" });
    expectOffsets(raw, row, "condemned the drills as a rehearsal for invasion");
  });

  it("splits two speakers in one sentence", () => {
    const raw = "The Pentagon said on Monday that the shells came from North Korea, while analysts have said that Russia is running short of ammunition.";
    const rows = statements(raw);
    expect(rows.map((r) => [r.speaker, r.quote, r.date])).toEqual([
      ["the Pentagon", "the shells came from North Korea", "2024-06-24"],
      ["analysts", "Russia is running short of ammunition", ""],
    ]);
  });

  it("reads statements named by nouns: comments by X that, a possessor's denial", () => {
    const rows = statements("He pointed to comments by the State Department last week that the rockets were made in North Korea. Moscow said that, despite its denials, Pyongyang had sold the rockets.");
    const state = rows.find((r) => /State Department/.test(r.speaker));
    expect(state).toMatchObject({ quote: "the rockets were made in North Korea", date: "2024-06-17", date_precision: "week" });
    expect(rows.find((r) => r.quote === "its denials")).toMatchObject({ speaker: "Pyongyang", stance: "deny", target: "RUS" });
  });
});

describe("speakers", () => {
  it("resolves pronouns to the last fitting speaker", () => {
    const rows = statements("Choi Min-jun, a spokesman for Seoul's unification ministry, said the North was supplying rockets to Russia. He added that Seoul would consider new sanctions.");
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.speaker)).toEqual(["Choi Min-jun", "Choi Min-jun"]);
    expect(rows[0]).toMatchObject({ speaker_role: "spokesman for Seoul's unification ministry", speaker_country: "KOR", stance: "accuse" });
  });

  it("does not take a headline's run of capitals for a fuller name", () => {
    const rows = statements("Mendez Says Border Museum Will Open Next Spring.\nMr. Mendez said on Monday that the museum would tell the story of the border.");
    expect(rows.map((r) => r.speaker)).toEqual(["Mendez"]);
  });

  it("gives the fullest name the article uses, for names the gazetteer has never seen", () => {
    const rows = statements("Deputy Foreign Minister Kim Hong-kyun said on Monday that the deal violated Security Council resolutions. Kim also warned that Pyongyang would pay a price.");
    expect(rows.map((r) => [r.speaker, r.speaker_role, r.stance])).toEqual([
      // Saying that a deal violated resolutions alleges a violation: an accusation.
      ["Kim Hong-kyun", "Deputy Foreign Minister", "accuse"],
      ["Kim Hong-kyun", "Deputy Foreign Minister", "threaten"],
    ]);
  });

  it("keeps anonymous descriptions, with their role and country", () => {
    const row = only("An unnamed official of the North's foreign ministry said on Sunday that the US was spreading lies about arms deals.");
    expect(row).toMatchObject({ speaker: "an unnamed official of the North's foreign ministry", speaker_role: "official of the North's foreign ministry", speaker_country: "PRK", date: "2024-06-23" });
  });

  it("takes roles from pre-modifiers and appositions", () => {
    const rows = statements(
      "NSC coordinator for strategic communications John Kirby said Russia was buying shells. Pak Jong Chon, one of North Korea's top military officials, said the US was prolonging the war.",
    );
    expect(rows.map((r) => [r.speaker, r.speaker_role, r.speaker_country])).toEqual([
      ["John Kirby", "NSC coordinator for strategic communications", "USA"],
      ["Pak Jong Chon", "one of North Korea's top military officials", "PRK"],
    ]);
  });

  it("replaces a description by the person the article identifies with it", () => {
    const rows = statements(
      "A senior North Korean diplomat criticized the UN chief on Tuesday. “His words are unfortunate,” said Ri Song-chol, vice minister at North Korea's foreign ministry.",
      "2022-11-08",
    );
    expect(rows.map((r) => r.speaker)).toEqual(["Ri Song-chol", "Ri Song-chol"]);
    expect(rows[1]).toMatchObject({ speaker_role: "vice minister at North Korea's foreign ministry", stance: "condemn" });
  });

  it("takes up definite descriptions: the network, the three allies", () => {
    const rows = statements(
      "The United States, South Korea and Japan said in a joint statement on Monday that the transfers must stop. The three allies vowed to counter the threat, the statement said. Pyongyang sent workers abroad, the South Korean cable network TV Chosun reported. They would go to Russia next month, the network said.",
    );
    expect(rows.map((r) => [r.speaker, r.via, r.date])).toEqual([
      ["the United States, South Korea and Japan", "joint statement", "2024-06-24"],
      ["the United States, South Korea and Japan", "joint statement", "2024-06-24"],
      ["TV Chosun", "", ""],
      ["TV Chosun", "", ""],
    ]);
    expect(rows[0].speaker_country).toBe("USA;KOR;JPN");
  });
});

describe("stance, target, via and date", () => {
  it("maps speech verbs to stance, and warnings that allege to accusations", () => {
    const rows = statements(
      "Seoul condemned the launch. Tokyo warned that the tests could lead to war. Washington warned last week that Moscow had received rockets from Pyongyang. Beijing reiterated its support for the talks.",
    );
    expect(rows.map((r) => r.stance)).toEqual(["condemn", "warn", "accuse", "support"]);
    expect(rows[2]).toMatchObject({ date: "2024-06-17", date_precision: "week", target: "RUS;PRK" });
  });

  it("carries an occasion's date and channel to the other sentences of the same speaker", () => {
    const rows = statements('John Kirby said on Thursday that Russia is seeking shells. "Any deal would violate UN resolutions," Kirby told a telephonic press briefing.', "2023-08-04");
    expect(rows.map((r) => [r.date, r.via, r.stance])).toEqual([
      ["2023-08-03", "telephonic press briefing", "accuse"],
      ["2023-08-03", "telephonic press briefing", "warn"],
    ]);
  });
});

describe("dictionaries", () => {
  it("every speech verb form anchors a statement with its stance", () => {
    for (const [, verbs] of lexicon.verbs) {
      for (const verb of verbs) {
        if (verb.words[0].endsWith("ing")) continue;
        // Verbs that speak only with a quotation ("called the veto \"a cynical move\"") get one.
        // Verbs that speak only where a word follows their object ("cited the audit as the reason", "attributed the delay to …",
        // "grilled the chief for his role in …": "for" before a possessive) get it.
        const sentence = verb.quoted ? `The ministry ${verb.form} the report "a lie".` : verb.afterObject.length > 0 ? `The ministry ${verb.form} the report ${verb.afterObject[0]} ${verb.afterObject[0] === "as" ? "proof of" : verb.afterObject[0] === "for" ? "its role in" : "the cause of"} the failure.` : verb.syntax === "that" ? `The ministry ${verb.form} that the report was wrong.` : `The ministry ${verb.form} the report on the talks.`;
        const rows = statements(sentence);
        expect(rows, sentence).toHaveLength(1);
        if (verb.stance !== "other" && !/^(?:deny|accuse|condemn|confirm)$/.test(verb.form)) expect(rows[0].stance, sentence).toBe(verb.stance);
      }
    }
  });

  it("every stance cue finds its example", () => {
    for (const cue of lexicon.cues) expect(cue.pattern.test(cue.example), cue.example).toBe(true);
  });

  it("every channel pattern finds its example", () => {
    for (const channel of lexicon.channels) {
      const rows = statements(channel.example);
      expect(rows.length, channel.example).toBeGreaterThan(0);
      const via = rows[0].via;
      expect([channel.expect, channel.expect.replace(/^the /, "")]).toContain(via.replace(/^the /, ""));
    }
  });
});

describe("quotation marks", () => {
  it("finds nested and curly quotes and ignores apostrophes", () => {
    const text = "“We never had an ‘arms transaction’ with Korea’s neighbour,” he said.";
    const quotes = findQuotes(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].nested).toHaveLength(1);
    expect(text.slice(quotes[0].nested[0].innerStart, quotes[0].nested[0].innerEnd)).toBe("arms transaction");
  });

  it("reads straight single quotes as quotation marks where a page writes them so, keeping apostrophes", () => {
    const inner = (text: string) => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));
    expect(inner("'We will answer every provocation,' the minister said.")).toEqual(["We will answer every provocation,"]);
    expect(inner("'The dockers' union was never asked,' she said.")).toEqual(["The dockers' union was never asked,"]);
    // A mark after a word stays an apostrophe ("the dockers' union"), so a scare quote written so is not read.
    expect(inner("He called it a 'special operation' and left.")).toEqual([]);
    expect(inner("The troops' rations ran out in the '90s, and the men's pay too.")).toEqual([]);
    expect(statements("'We will answer every provocation,' Defence Minister Ana Ruiz said.").map((s) => `${s.speaker}: ${s.quote}`)).toEqual(["Ana Ruiz: We will answer every provocation"]);
  });

  it("drops an opening mark that never closes", () => {
    expect(findQuotes('"Moscow is buying shells, the adviser said.')).toHaveLength(0);
  });

  it("stays fast on pathological input", () => {
    const junk = ['"'.repeat(200_000), "“".repeat(100_000), "‘".repeat(100_000), "Said ".repeat(60_000), " ".repeat(200_000), "A B C D ".repeat(30_000), '" said "'.repeat(20_000)].join("");
    const cpuMs = cpuMsOf(() => {
      findQuotes(junk);
      statements(junk);
      statements(`${"Kirby said ".repeat(5_000)}.`);
    });
    expect(cpuMs).toBeLessThan(15_000);
  });
});

describe("on the seed corpus", () => {
  it("meets F1 ≥ 0.9 and speaker accuracy ≥ 0.95 against the gold table", () => {
    const goldFile = join(PROJECT_DIR, "..", "shared", "gold", "statements.csv");
    const gold = parseCsv(readFileSync(goldFile, "utf8"), goldFile);
    const { tables } = corpusTables(join(PROJECT_DIR, "data", "articles"));
    const score = scoreTable("statements", gold, tables.statements as unknown as PredictedRow[]);
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.attributes.find((a) => a.attribute === "speaker")!.accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it("writes rows whose offsets point at their quote or clause, with every contract column", () => {
    const { articles, tables } = corpusTables(join(PROJECT_DIR, "data", "articles"));
    const raw = new Map(articles.map((a) => [a.id, a.raw]));
    for (const row of tables.statements) {
      const slice = raw.get(row.article_id)!.slice(row.char_start, row.char_end);
      // The span runs from the first of the row's words in its sentence to the last ("…, adding that …" inside it).
      const first = row.quote.split(" … ")[0];
      expect(slice.startsWith(first) || row.quote.includes(slice), `${row.statement_id}: ${slice}`).toBe(true);
      // The annotation guide's contract columns come first, in order.
      for (const column of TABLE_SPECS.statements.columns.slice(0, 15)) expect(row[column as keyof StatementRow], column).not.toBeUndefined();
    }
  });
});

// Sentence shapes beyond the seed articles: written for these tests, not taken from any article.
