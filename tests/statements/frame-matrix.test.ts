import { describe, expect, it } from "vitest";
import { extractStatements } from "../../loaders/statements.ts";
import { makeDoc } from "../helpers.ts";

// Frames of attribution × kinds of quotation, in invented sentences: each frame the extractor reads must give a
// row whose words hold the content and whose speaker is the one named. Frames it does not read yet are todo.
const D = "Peru has moved two frigates to the border";
const Q = '"Peru has moved two frigates to the border,"';
type Cell = [frame: string, kind: string, text: string, speaker: string, words: string];

const READ: Cell[] = [
  ["X said that", "indirect", `Chilean Defence Minister Ana Ruiz said that ${D}.`, "Ana Ruiz", "frigates"],
  ["X said that", "direct", `Chilean Defence Minister Ana Ruiz said: "${D}."`, "Ana Ruiz", "frigates"],
  ["X said that", "mixed", `Chilean Defence Minister Ana Ruiz said Peru had moved "two frigates" to the border.`, "Ana Ruiz", "frigates"],
  ["..., X said", "indirect", `${D}, Chilean Defence Minister Ana Ruiz said.`, "Ana Ruiz", "frigates"],
  ["..., X said", "direct", `${Q} Chilean Defence Minister Ana Ruiz said.`, "Ana Ruiz", "frigates"],
  ["..., X said", "mixed", `Peru has moved "two frigates" to the border, Ana Ruiz said.`, "Ana Ruiz", "frigates"],
  ["..., said X, a spokesman for Y", "indirect", `${D}, said Jorge Vidal, a spokesman for the Chilean navy.`, "Jorge Vidal", "frigates"],
  ["..., said X, a spokesman for Y", "direct", `${Q} said Jorge Vidal, a spokesman for the Chilean navy.`, "Jorge Vidal", "frigates"],
  ["According to X", "indirect", `According to the Chilean navy, ${D}.`, "Chilean navy", "frigates"],
  ["..., according to X", "indirect", `${D}, according to the Chilean navy.`, "Chilean navy", "frigates"],
  ["..., according to X", "mixed", `Peru has moved "two frigates" to the border, according to the Chilean navy.`, "Chilean navy", "frigates"],
  ["X told reporters (that)", "indirect", `Ana Ruiz told reporters that ${D}.`, "Ana Ruiz", "frigates"],
  ["X told reporters", "indirect", `Ana Ruiz told reporters ${D}.`, "Ana Ruiz", "frigates"],
  ["X told AFP", "indirect", `Ana Ruiz told AFP on Monday that ${D}.`, "Ana Ruiz", "frigates"],
  ["..., X told AFP", "direct", `${Q} Ana Ruiz told AFP.`, "Ana Ruiz", "frigates"],
  ["X was quoted as saying", "indirect", `Ana Ruiz was quoted as saying that ${D}.`, "Ana Ruiz", "frigates"],
  ["X was quoted by Y as saying", "direct", `${Q} Ana Ruiz was quoted by El Mercurio as saying.`, "Ana Ruiz", "frigates"],
  ["X, apposition, was quoted by Y as saying that", "indirect", `Ana Ruiz, the Chilean defence minister, was quoted by El Mercurio as saying that ${D}.`, "Ana Ruiz", "frigates"],
  ["..., X, apposition, was quoted as saying", "direct", `${Q} Ana Ruiz, the Chilean defence minister, was quoted as saying.`, "Ana Ruiz", "frigates"],
  ["X was cited by Y as saying", "indirect", `Ana Ruiz was cited by El Mercurio as saying ${D}.`, "Ana Ruiz", "frigates"],
  ["Y quoted X as saying", "indirect", `El Mercurio quoted Ana Ruiz as saying ${D}.`, "Ana Ruiz", "frigates"],
  ["Y cited X as saying", "direct", `${Q} El Mercurio cited Ana Ruiz as saying.`, "Ana Ruiz", "frigates"],
  ["In a statement, X said", "indirect", `In a statement, the Chilean navy said ${D}.`, "Chilean navy", "frigates"],
  ["X said in a statement", "indirect", `The Chilean navy said in a statement on Monday that ${D}.`, "Chilean navy", "frigates"],
  ["X's statement said", "indirect", `The Chilean navy's statement said ${D}.`, "Chilean navy", "frigates"],
  ["X's statement read", "direct", `${Q} the Chilean navy's statement read.`, "Chilean navy", "frigates"],
  ["X added", "indirect", `Ana Ruiz added that ${D}.`, "Ana Ruiz", "frigates"],
  ["X noted", "indirect", `Ana Ruiz noted that ${D}.`, "Ana Ruiz", "frigates"],
  ["X stressed", "indirect", `Ana Ruiz stressed that ${D}.`, "Ana Ruiz", "frigates"],
  ["X insisted", "indirect", `Ana Ruiz insisted ${D}.`, "Ana Ruiz", "frigates"],
  ["X claimed", "indirect", `Ana Ruiz claimed ${D}.`, "Ana Ruiz", "frigates"],
  ["X warned", "indirect", `Ana Ruiz warned that ${D}.`, "Ana Ruiz", "frigates"],
  ["X, who ..., said", "indirect", `Ana Ruiz, who visited the port on Sunday, said ${D}.`, "Ana Ruiz", "frigates"],
  ["X has said", "indirect", `Ana Ruiz has said ${D}.`, "Ana Ruiz", "frigates"],
  ["X has repeatedly denied", "indirect", `Peru has repeatedly denied moving frigates to the border.`, "Peru", "frigates"],
  ["X denied that", "indirect", `Peru denied that it had moved frigates to the border.`, "Peru", "frigates"],
  ["X accused Y of", "indirect", `Chile accused Peru of moving frigates to the border.`, "Chile", "frigates"],
  ["a description speaks", "indirect", `${D}, a Chilean military source said.`, "Chilean military source", "frigates"],
  ["in remarks to", "indirect", `In remarks to the Senate, Ana Ruiz said ${D}.`, "Ana Ruiz", "frigates"],
  ["X's spokesperson said", "indirect", `Ana Ruiz's spokesperson said ${D}.`, "spokesperson", "frigates"],
  ["pronoun next sentence", "indirect", `Ana Ruiz spoke on Monday. She said ${D}.`, "Ana Ruiz", "frigates"],
  ["X expressed (gratitude/concern)", "indirect", `Ana Ruiz expressed concern about the frigates Peru moved to the border.`, "Ana Ruiz", "frigates"],
  ["X conveyed", "indirect", `Ana Ruiz conveyed her thanks to the Peruvian envoy for the talks.`, "Ana Ruiz", "thanks"],
  ["X described Y as", "indirect", `Ana Ruiz described the frigate move as a provocation.`, "Ana Ruiz", "provocation"],
  ["X's assessment is that", "indirect", `The Chilean navy's initial assessment is that ${D}.`, "Chilean navy", "frigates"],
  ["X pointed to NP", "indirect", `Ana Ruiz pointed to the frigates Peru moved to the border.`, "Ana Ruiz", "frigates"],
  ["X attributed Y to Z", "indirect", `Ana Ruiz attributed the blast to the frigates Peru moved to the border.`, "Ana Ruiz", "frigates"],
  ["X identified Y as", "indirect", `The Chilean navy identified the two ships as frigates from Peru.`, "Chilean navy", "frigates"],
  ["X extended (adj) gratitude", "indirect", `Ana Ruiz extended her warm gratitude to the frigates' crews.`, "Ana Ruiz", "frigates"],
  ["X released images showing", "indirect", `The Chilean navy released images showing frigates Peru moved to the border.`, "Chilean navy", "frigates"],
  ["..., it was announced by X", "indirect", `${D}, it was announced by the Chilean navy.`, "Chilean navy", "frigates"],
  ["..., as stated by X in a briefing", "indirect", `${D}, as stated by Ana Ruiz in a briefing on Monday.`, "Ana Ruiz", "frigates"],
  ["As explained by X during Y, ...", "indirect", `As explained by the Chilean navy during the hearing, ${D}.`, "Chilean navy", "frigates"],
  ["As reported by X, ...", "indirect", `As reported by El Mercurio, ${D}.`, "El Mercurio", "frigates"],
  ["X mentioned NP", "indirect", `Ana Ruiz also mentioned the possibility of Peru moving frigates to the border.`, "Ana Ruiz", "frigates"],
  ["report showed", "indirect", `${D}, a Chilean navy report showed on Tuesday.`, "Chilean navy", "frigates"],
  ["..., X wrote", "indirect", `${D}, the newspaper wrote.`, "newspaper", "frigates"],
  ["..., X writes", "indirect", `${D}, El Mercurio writes.`, "El Mercurio", "frigates"],
  ["..., X reported, citing", "indirect", `${D}, El Mercurio reported, citing navy sources.`, "", "frigates"],
  ["..., it claimed", "indirect", `Ana Ruiz spoke. ${D}, she claimed.`, "Ana Ruiz", "frigates"],
  ["X stated that", "indirect", `Ana Ruiz stated that ${D}.`, "Ana Ruiz", "frigates"],
  ["X, adding", "direct", `Ana Ruiz spoke of the border, adding, "The navy is ready."`, "Ana Ruiz", "navy is ready"],
  ["He noted that", "indirect", `Ana Ruiz spoke on Monday. She noted that ${D}.`, "Ana Ruiz", "frigates"],
  ["X's statement on Monday said", "indirect", `A statement by the Chilean navy said ${D}.`, "Chilean navy", "frigates"],
  ["X, speaking to Y, said", "indirect", `Ana Ruiz, speaking to reporters in Santiago, said ${D}.`, "Ana Ruiz", "frigates"],
  ["X's initial assessment (closing after) ", "indirect", `The Chilean navy's initial assessment is that ${D}.`, "Chilean navy", "frigates"],
  ["as X notes,", "indirect", `As the Chilean navy notes, ${D}.`, "Chilean navy", "frigates"],
  ["X maintained that", "indirect", `Ana Ruiz has maintained that ${D}.`, "Ana Ruiz", "frigates"],
  ["X, asked ..., said", "direct", `"We are ready," Ana Ruiz said, when asked about the frigates.`, "Ana Ruiz", "ready"],
  ["..., said X, head of Y; tail", "indirect", `Peru has moved two frigates to the border, said Ana Ruiz, head of research at the Andes Institute, a think tank in Santiago; it may also have moved tanks.`, "Ana Ruiz", "frigates"],
  ["..., said a representative of X (ACR)", "indirect", `${D}, said a representative of the Arica Civic Committee (ACC).`, "representative", "frigates"],
  ["the \"...\" X said in a joint statement with Y", "direct", `The "withdrawal of Chilean troops from the border is complete," the Chilean army said in a joint statement with Peru's defence ministry.`, "Chilean army", "withdrawal"],
  ["X issued a statement stating, \"...\"", "direct", `Chile and Peru issued a joint statement on Monday stating, "Both navies will leave the border."`, "Chile", "navies"],
  ["Outlets reported that X said in an interview that \"...\"", "direct", `On Monday, Chilean newspapers reported that Ana Ruiz, head of the navy, said in a radio interview that "the first frigate has already reached Arica."`, "Ana Ruiz", "first frigate"],
  ["long subject with dashes, the Treasury said", "indirect", `Two Peruvian shipyards and a Lima bank - already under Chilean sanctions - were also listed by the ministry in Tuesday's move, the Treasury said.`, "Treasury", "shipyards"],
];

describe("the frames of attribution read", () => {
  it.each(READ)("%s (%s)", (_frame, _kind, text, speaker, words) => {
    const doc = makeDoc(text);
    const rows = extractStatements(doc);
    const row = rows.find((r) => doc.article.raw.slice(r.char_start, r.char_end).includes(words));
    expect(row, JSON.stringify(rows.map((r) => [r.speaker, doc.article.raw.slice(r.char_start, r.char_end)]))).toBeDefined();
    if (speaker) expect(row!.speaker.toLowerCase()).toContain(speaker.toLowerCase());
  });
});

// Views held are not acts of speech or writing (../shared/annotation-guide.md, statements): no row.
const NOT_STATEMENTS: [frame: string, text: string][] = [
  ["X believes", `The Chilean navy believes ${D}.`],
  ["X anticipate that", `Chilean officials anticipate that Peru will move two more frigates.`],
];

describe("views held are no statements", () => {
  it.each(NOT_STATEMENTS)("%s", (_frame, text) => {
    expect(extractStatements(makeDoc(text))).toEqual([]);
  });
});

describe("frames not read yet", () => {
  it.todo("quote then 'That was how X put it'");
  it.todo("split quote, second half own paragraph");
  it.todo("headline X: ...");
  it.todo("officials on site said");
  it.todo("X's claim that (speaker choice)");
  it.todo("X estimates");
  it.todo("X reported (no that)");
  it.todo("X has identified/documented");
  it.todo("quote then next-sentence said");
  it.todo("X said, urging (tried: the project's gold annotates a writer's participle as often as a speaker's)");
  it.todo("said, pointing out that (tried: as above)");
  it.todo("They stated that (pronoun plural)");
  it.todo("bullet quote");
  it.todo("X is sure (closing)");
  it.todo("Y reports citing X (speaker choice)");
  it.todo("..., its manufacturer said Monday");
  it.todo("X announced..., writing: \"...\"");
  it.todo("..., X told lawmakers Wednesday, with ..., writes Y");
  it.todo("\"...?\" / X said, when asked");
  it.todo("..., the Arica Port Authority (APA) mission said");
  it.todo("\"...\" X is sure");
  it.todo("X, adding, \"...\"");
  it.todo("quote first, 'X said' as own sentence with pronoun");
});
