/**
 * How an article refers back to a speaker it introduced: a title and a surname, an object
 * pronoun, a pronoun after a titled person opens a sentence, a definite description of the
 * person just named, a document named with its agent or taken up after "said in the letter".
 * Every sentence is invented.
 */
import { describe, expect, it } from "vitest";
import { statementsOf } from "./read.ts";

/** The speaker of the row whose words hold `words`. */
function speakerOf(body: string, words: string): string | undefined {
  return statementsOf(body).find((r) => r.quote.includes(words))?.speaker;
}

describe("a title and a surname take up the full name (data/speakers.yaml title_words)", () => {
  it.each([
    ["Opposition lawmaker Park Min-jae spoke on Friday. Lawmaker Park said the drones had crossed the line twice.", "crossed the line", "Park Min-jae"],
    ["City councillor Amara Odum attended the hearing. Councillor Odum said the port would close.", "port would close", "Amara Odum"],
    ["Chief prosecutor Han Seo-yun filed the case in May. Prosecutor Han said the evidence was clear.", "evidence was clear", "Han Seo-yun"],
    ["Supreme Court justice Helen Marl wrote the opinion. Justice Marl said the law was void.", "law was void", "Helen Marl"],
    ["The case was led by detective Aaron Rowe of the city police. Detective Rowe said two men were arrested.", "two men were arrested", "Aaron Rowe"],
    ["Congresswoman Lucia Ruiz of Texas visited the border. Congresswoman Ruiz said the wall had failed.", "wall had failed", "Lucia Ruiz"],
    ["Opposition MP Chidi Okafor raised the matter in parliament. MP Okafor said the funds were missing.", "funds were missing", "Chidi Okafor"],
    ["County sheriff Dale Brooks arrived at noon. Sheriff Brooks said nobody had been hurt.", "nobody had been hurt", "Dale Brooks"],
    ["The Rev. Samuel Amos led the vigil. Rev. Amos said the town would rebuild.", "town would rebuild", "Samuel Amos"],
    ["Assemblywoman Grace Tull chairs the committee. Assemblywoman Tull said the budget would pass.", "budget would pass", "Grace Tull"],
  ])("%s", (body, words, speaker) => {
    expect(speakerOf(body, words)).toBe(speaker);
  });
});

describe("a pronoun takes up a person a title introduces, as subject or object (data/speakers.yaml object_pronouns)", () => {
  it.each([
    ["Defence Secretary Karl Mund met the envoys on Monday. According to him, the drones were shot down.", "drones were shot down", "Karl Mund"],
    ["Harbour Minister Lena Ostrova toured the docks. According to her, the cranes were sold abroad.", "cranes were sold", "Lena Ostrova"],
    ['Interior Ministry spokesperson Lena Ostrova talked about the raid on Friday. She said, "Nobody was hurt."', "Nobody was hurt", "Lena Ostrova"],
    ["Foreign Ministry spokesman Piet Alders held a briefing on Monday. He said the embassy would reopen.", "embassy would reopen", "Piet Alders"],
    ["Coast Guard commander Irja Salo inspected the vessel. She said the crew had been detained.", "crew had been detained", "Irja Salo"],
    ["Fisheries Minister Tomas Verhoeven visited the quay. He said the new boats were ready.", "boats were ready", "Tomas Verhoeven"],
  ])("%s", (body, words, speaker) => {
    expect(speakerOf(body, words)).toBe(speaker);
  });

  it("leaves a pronoun to the last speaker when no titled person opens a sentence since", () => {
    const body = 'Mayor Ines Carvalho said the quay was safe. The harbour was busy on Monday. "We are ready," she said.';
    expect(speakerOf(body, "We are ready")).toBe("Ines Carvalho");
  });
});

describe("a definite description of one person takes up the person just named", () => {
  it.each([
    ['The ruling party\'s spokesman, Tomas Vell, said the vote was fair. "We will not wait," the party spokesman said.', "will not wait", "Tomas Vell"],
    ["Cabinet secretary Arvid Holm addressed reporters. Holm said the ships were seized. The country's top government spokesman also said the port was closed.", "port was closed", "Arvid Holm"],
    ["Senator Jon Brand of Ohio spoke on Monday. The Ohio senator said the bill would pass.", "bill would pass", "Jon Brand"],
    ["Ana Ruiz, who leads the harbour workers, said wages had fallen. The union leader added that a strike was possible.", "strike was possible", "Ana Ruiz"],
    ['Deputy mayor Lars Eng said the road would reopen. "It is safe," the deputy mayor said.', "It is safe", "Lars Eng"],
  ])("%s", (body, words, speaker) => {
    expect(speakerOf(body, words)).toBe(speaker);
  });

  it("keeps a source or an official a description: no named person is who it stands for", () => {
    const body = "Defence Minister Ola Brenn visited the base. The source said two drones were shot down.";
    expect(speakerOf(body, "two drones")).toBe("the source");
  });

  it("does not take a person of another office or country", () => {
    expect(speakerOf("Deputy Fisheries Minister Olena Marchuk toured the harbour. The minister said the quay would open in May.", "quay would open")).toBe("the minister");
  });
});

describe("a document speaks for its agent or for who wrote it", () => {
  it.each([
    ["The ships were seized, according to an assessment by the Norland Coast Guard.", "ships were seized", "the Norland Coast Guard"],
    ["The drones came from the east, according to the latest report by Defence Minister Arvid Holm.", "drones came from the east", "Arvid Holm"],
    ["Holm and Brenn travelled together, according to a statement from the Kremlin on social media.", "travelled together", "the Kremlin"],
    ['Prime Minister Arvid Holm wrote to the king. The treaty was "a promise," Holm said in the letter. The letter said the border would open in spring.', "border would open", "Arvid Holm"],
    ["President Ola Brenn sent a message to the queen. The message said the two countries were friends.", "countries were friends", "Ola Brenn"],
  ])("%s", (body, words, speaker) => {
    expect(speakerOf(body, words)).toBe(speaker);
  });
});

describe("a body's category word takes up the body named right after it ('Greek company Sea Lark … The company said')", () => {
  it.each([
    ["The tanker is owned by Greek company Sea Lark. The company said the crew was safe.", "crew was safe", "Sea Lark"],
    ["The ship belongs to the shipping company Blue Harbour Lines. The company reported that the hull was damaged.", "hull was damaged", "Blue Harbour Lines"],
    ["He spoke to Varnia's state news agency VNA on Monday. The agency said the drones were shot down.", "drones were shot down", "VNA"],
    ["The strike was claimed by the rebel group Red Hand. The group said three soldiers were killed.", "three soldiers", "Red Hand"],
    ["Residents were helped by the aid organisation Open Hands. The organisation said food was running out.", "food was running out", "Open Hands"],
    ["The law was drafted by the opposition party New Dawn. The party said the vote was rigged.", "vote was rigged", "New Dawn"],
    ["The rockets were made by defence firm Orlan Works. The firm said its plant was hit.", "plant was hit", "Orlan Works"],
  ])("%s", (body, words, speaker) => {
    expect(speakerOf(body, words)).toBe(speaker);
  });

  it("reads no day as a name ('the company Monday said')", () => {
    expect(speakerOf("The freighter company Monday said it would sail. The company said the crew was safe.", "crew was safe")).toBe("the freighter company");
  });
});

describe("a bare body head takes up the body named before in linked words (data/speakers.yaml role_links)", () => {
  it.each([
    ['The Norland military said 20 rockets crossed the border. "Most were intercepted," the army said in a statement.', "Most were intercepted", "the Norland military"],
    ["Varnia's defence ministry said two drones fell. The department said nobody was hurt.", "nobody was hurt", "Varnia's defence ministry"],
    ["The Varnian army said it shelled the port. The military said two boats sank.", "two boats sank", "the Varnian army"],
    ["Norland's State Department said the envoy had left. The ministry added that talks would resume.", "talks would resume", "Norland's State Department"],
  ])("%s", (body, words, speaker) => {
    expect(speakerOf(body, words)).toBe(speaker);
  });
});

describe("a title with its complement before a name ('Minister of Foreign Affairs Tomas Vell')", () => {
  it.each([
    ["Minister of Foreign Affairs Tomas Vell said the talks had failed.", "talks had failed", "Tomas Vell"],
    ["Ambassador to Russia Ola Brenn said the embassy would stay open.", "embassy would stay open", "Ola Brenn"],
    ["Special Envoy for Harbour Affairs Piet Alders told reporters the port was closed.", "port was closed", "Piet Alders"],
    ["Secretary of the Security Council Lena Ostrova said the plan was ready.", "plan was ready", "Lena Ostrova"],
  ])("%s", (body, words, speaker) => {
    expect(speakerOf(body, words)).toBe(speaker);
  });

  it.each([
    ["A spokesman for the Foreign Ministry said the plan was ready.", "a spokesman for the Foreign Ministry"],
    ["A spokesperson for Human Rights Watch said the plan was ready.", "a spokesperson for Human Rights Watch"],
    ["An official at the Norland Fishing Co said the plan was ready.", "an official at the Norland Fishing Co"],
  ])("keeps a description whose complement is a body: %s", (body, speaker) => {
    expect(speakerOf(body, "plan was ready")).toBe(speaker);
  });
});

describe("a role word linked to where it serves reads as one speaker ('an official in Norland', data/statement-words.yaml role_prepositions)", () => {
  it.each([
    ["An official in Norland said Varnia had been told of the plan.", "Varnia had been told", "an official in Norland"],
    ["A source with the Varnian General Staff said the line had moved.", "line had moved", "a source with the Varnian General Staff"],
    ["Sources in the government said the plan was dropped.", "plan was dropped", "Sources in the government"],
    ["Officials in Kyiv said the line held.", "line held", "Officials in Kyiv"],
    ["The troops stayed in the city, residents in the area said.", "troops stayed", "residents in the area"],
  ])("%s", (body, words, speaker) => {
    expect(speakerOf(body, words)).toBe(speaker);
  });

  it("leaves a place after a verb out of the speaker", () => {
    expect(speakerOf("The army fought in Norland, officials said.", "army fought")).toBe("officials");
  });
});

describe("other words before 'in' end the speaker's phrase", () => {
  it("reads no speaker from 'voters in swing states, emphasizing'", () => {
    const rows = statementsOf("The campaign would do well to court older voters in swing states, emphasizing the threat to their pensions.");
    expect(rows.map((r) => r.speaker)).not.toContain("older voters in swing");
  });
});
