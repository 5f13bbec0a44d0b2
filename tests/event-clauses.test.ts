import { describe, expect, it } from "vitest";
import { eventResources, extractEvents } from "../loaders/events.ts";
import { makeDoc } from "./helpers.ts";

/** Type, actor and target of each row the coder makes of `text`. */
const coded = (text: string) => extractEvents(makeDoc(text), eventResources()).map((r) => [r.event_type, r.actor, r.target]);

describe("the event coder reads the clause around a trigger", () => {
  it("a subject the gazetteer does not name acts for the state that places it ('groups in Zimbabwe')", () => {
    expect(coded("Opposition groups in Zimbabwe on Monday rejected the offer from Angola.")).toEqual([["REJECT", "ZWE", "AGO"]]);
    // A verb before the state: the state is not inside the subject.
    expect(coded("Officials who met in Zimbabwe rejected the offer from Angola.")).toEqual([]);
  });

  it("'they' refers to people named by a demonym in its own sentence", () => {
    expect(coded("The Fijian rebels said they had rejected the offer from Australia.")).toContainEqual(["REJECT", "FJI", "AUS"]);
  });

  it("'it' before an auxiliary is the subject named before", () => {
    expect(coded("Syria says it will recapture the towns held by Turkey.")).toEqual([["ASSAULT", "SYR", "TUR"]]);
  });

  it("the agent of a passive stands up to five words after the verb ('fired into its eastern region by Russia')", () => {
    expect(coded("Ukraine said missiles were fired into its eastern region by Russia on Tuesday.")).toContainEqual(["ASSAULT", "RUS", "UKR"]);
  });

  it("the subject of a passive verb is what the act was done to ('a camp for Sudanese refugees was attacked by …')", () => {
    expect(coded("A camp for Sudanese refugees was attacked by Chadian militiamen.")).toEqual([["ASSAULT", "TCD", "SDN"]]);
    expect(coded("Two villages in Chad were shelled by Sudanese troops on Monday.")).toEqual([["ASSAULT", "SDN", "TCD"]]);
    // A demonym before a thing qualifies it: the missiles' makers are not attacked (they supplied the user).
    expect(coded("Iranian drones were launched by Russian units at Ukrainian cities.")).toEqual([["ASSAULT", "RUS", "UKR"], ["AID", "IRN", "RUS"]]);
    expect(coded("Iranian drones were shot down by Ukrainian forces.")).toEqual([["ASSAULT", "UKR", ""]]);
  });

  it("a passive's 'by' agent is the actor, and what a passive speech act is aimed at is everyone its subject names", () => {
    expect(coded("The transfer of Iranian drones to Russia has been condemned by France.")).toContainEqual(["ACCUSE", "FRA", "IRN;RUS"]);
    expect(coded("Chad was accused by Sudan of arming rebels.")).toEqual([["ACCUSE", "SDN", "TCD"]]);
  });

  it("a party after a relative pronoun is the subject of its clause, even inside a reported clause ('…, which Minsk denies')", () => {
    expect(coded("Poland says Belarus has sent missiles to Russia, which Minsk denies.")).toContainEqual(["REJECT", "BLR", "POL"]);
    expect(coded("Poland says Belarus has sent missiles to Russia, a claim that Minsk and Moscow deny.")).toContainEqual(["REJECT", "BLR;RUS", "POL"]);
  });

  it("a 'by' after another verb is that verb's agent, not the trigger's ('missiles fired at X were provided by Iran')", () => {
    expect(coded("Two of the missiles fired at Kyiv were provided by Iran, a Ukrainian official said.").filter((r) => r[1] === "IRN" && r[0] === "ASSAULT")).toEqual([]);
    expect(coded("Missiles were fired at Kyiv by Russia on Tuesday.")).toContainEqual(["ASSAULT", "RUS", "UKR"]);
    // Whatever the place: the strike overrides the launch (data/event-verbs.yaml names no place).
    expect(coded("Armenia fired four rockets at Baku on Monday.")).toEqual([["ASSAULT", "ARM", "AZE"]]);
    expect(coded("Peru fired two missiles at the Chilean capital on Monday.")).toEqual([["ASSAULT", "PER", "CHL"]]);
  });

  it("a quoted word between a firing and its target does not hide the target ('fired \"multiple\" missiles into Ukraine')", () => {
    expect(coded('Belarusian units fired "dozens of" rockets into Lithuania.')).toEqual([["ASSAULT", "BLR", "LTU"]]);
    expect(coded("Belarusian units fired “dozens of” rockets at Vilnius.")).toEqual([["ASSAULT", "BLR", "LTU"]]);
  });

  it("a war's opening told in a clause of time or a relative clause is the setting, not an act reported", () => {
    expect(coded("It is the first such attack since Belarus launched its full-scale invasion of Lithuania in 2021.")).toEqual([]);
    expect(coded("Troops were sent to support its war against Lithuania, which Belarus invaded in 2021.")).toEqual([]);
    expect(coded("Belarus drew condemnation when it invaded Lithuania in March.")).toEqual([]);
    // The invasion told as news, and other attacks after "when", are acts.
    expect(coded("Belarus launched an invasion of Lithuania on Monday, officials said.")).toEqual([["ASSAULT", "BLR", "LTU"]]);
    expect(coded("Five people died when Belarusian missiles struck Vilnius on Monday.")).toEqual([["ASSAULT", "BLR", "LTU"]]);
  });

  it("troops that arrive somewhere are deployed there, not on a visit", () => {
    expect(coded("The first Egyptian peacekeeping troops arrived in Sudan on Tuesday.")).toEqual([["MOBILIZE", "EGY", "SDN"]]);
    expect(coded("The Egyptian foreign minister arrived in Sudan on Tuesday.")).toEqual([["CONSULT", "EGY", "SDN"]]);
  });

  it("a party past a conjunction that opens another clause is not the act's object", () => {
    expect(coded("Prime Minister Ali Mohamed resigned on Sunday while students threatened to storm his residence in Nairobi.")).toEqual([["RETREAT", "", ""]]);
    expect(coded("Chad expelled diplomats from Sudan after the border clashes.")).toEqual([["SANCTION", "TCD", "SDN"]]);
  });

  it("a pronoun after the verb that refers back to the actor is not its target ('in its border war with Libya')", () => {
    expect(coded("Chad threatened to launch an offensive in its border war with Libya.")).toContainEqual(["THREATEN", "TCD", "LBY"]);
    expect(coded("Chile demanded that its partners in the Andean pact expel Bolivia.")).toContainEqual(["REQUEST", "CHL", "BOL"]);
  });

  it("an act a side says it is willing, prepared or ready to do is planned", () => {
    const rows = extractEvents(makeDoc("Eritrea is willing to withdraw its troops from Ethiopia."), eventResources());
    expect(rows.filter((r) => r.event_type === "RETREAT").map((r) => [r.event_type, r.actor, r.target, r.status])).toEqual([["RETREAT", "ERI", "ETH", "planned"]]);
    // The declared willingness is itself an intention to cooperate (disposed-to).
    expect(rows.map((r) => r.event_type)).toContain("AGREE");
  });

  it("an act a clause cancels or halts is none ('demanded that the US cancel plans to sell')", () => {
    expect(coded("China demanded that the US cancel plans to sell weapons to Taiwan.")).toEqual([["REQUEST", "CHN", "USA"]]);
  });

  it("a demand aimed at the speaker's own side is no request with an unnamed target", () => {
    expect(coded("Ukraine urged Kyiv's allies to act.")).toEqual([]);
  });

  it("a subject the gazetteer does not know is an actor with no code, named in the summary", () => {
    const rows = extractEvents(makeDoc("Lt. Gen. Prosper Avril resigned yesterday."), eventResources());
    expect(rows.map((r) => [r.event_type, r.actor, r.summary])).toEqual([["RETREAT", "", "Lt. Gen. Prosper Avril retreats"]]);
    // Not a passive's subject, nor a definite phrase that refers back.
    expect(coded("The supplies have been delivered to Russia.")).toEqual([]);
    expect(coded("The leaders met on Tuesday.")).toEqual([]);
  });

  it("a party inside an appositive is not the subject ('Pakistan, a key U.S. ally …, has refused')", () => {
    // The refusal is the act; the deployment it refuses is none.
    expect(coded("Pakistan, a key U.S. ally in the region, has refused to deploy troops to Iraq.")).toEqual([["REJECT", "PAK", "IRQ"]]);
  });

  it("a speaker named after a comma is not the act's object (', the UN refugee agency reported')", () => {
    // The report of the attack is also the agency's accusation of the attackers (tests/event-reports.test.ts).
    expect(coded("A camp was attacked by Burundian militiamen, the UN refugee agency reported.")).toEqual([["ASSAULT", "BDI", ""], ["ACCUSE", "UN", "BDI"]]);
  });
});

describe("the event coder reads attacks from the clause, not from the word", () => {
  it("an infinitive of purpose acts for the subject of its verb, not for a demonym in that verb's object", () => {
    // The rocket's maker supplied the side that used it (weapon-origin.ts): a transfer beside the attack.
    expect(coded("Iran used a Syrian rocket to strike Iraq on Monday.")).toEqual([["AID", "SYR", "IRN"], ["ASSAULT", "IRN", "IRQ"]]);
    expect(coded("Iran used Syrian rockets to strike Iraq on Monday.")).toEqual([["AID", "SYR", "IRN"], ["ASSAULT", "IRN", "IRQ"]]);
    // A finite verb keeps the demonym's noun phrase as its subject.
    expect(coded("A Syrian rocket struck Iraq on Monday.")).toEqual([["ASSAULT", "SYR", "IRQ"]]);
  });

  it("a capability, a permission or a design is no attack", () => {
    expect(coded("Iranian forces can use Syrian rockets to strike Iraq.")).toEqual([]);
    expect(coded("Iranian forces had the green light to strike Iraq.")).toEqual([]);
    expect(coded("The rockets are designed to attack Iraq.")).toEqual([]);
  });

  it("casualties told beside an act, and 'attack' as a noun, make no attack of their own", () => {
    expect(coded("Syrian soldiers killed in combat were buried on Monday.")).toEqual([]);
    expect(coded("The blast hit a market, killing 12 people and injuring 40.")).toEqual([]);
    expect(coded("Two Syrian soldiers who, although wounded, survived were taken to Baghdad.")).toEqual([]);
    expect(coded("Rescuers work at the site of a Syrian rocket attack in Iraq.")).toEqual([]);
    expect(coded("Syrian guerrillas wounded two Iraqi soldiers on Thursday.")).toEqual([["ASSAULT", "SYR", "IRQ"]]);
  });

  it("what is fired at something is an attack, whether or not the target is a party the gazetteer names", () => {
    expect(coded("The Houthis launched missiles at two tankers on Monday.")).toEqual([["ASSAULT", "YEM", ""]]);
    expect(coded("Iran fired two missiles into the sea at dawn on Monday.")).toEqual([["MOBILIZE", "IRN", ""]]);
  });
});

describe("claims of a state's speaker", () => {
  it("a state body that reports, or is cited for, another side's arms transfer accuses it", () => {
    expect(coded("Japan's spy agency reported on Monday that Belarus had sent shells to Russia.")).toContainEqual(["ACCUSE", "JPN", "BLR;RUS"]);
    expect(coded("Belarus has sent shells to Russia, according to Japan's spy agency.")).toContainEqual(["ACCUSE", "JPN", "BLR;RUS"]);
    // A newspaper's report is no state's accusation.
    expect(coded("The Washington Post reported that Belarus had sent shells to Russia.").map((r) => r[0])).not.toContain("ACCUSE");
  });

  it("a risk of an act is no act", () => {
    expect(coded("Japan said there are risks of Belarus sending more troops to Russia.")).toEqual([]);
  });
});

describe("descriptions by an act told elsewhere make no act", () => {
  it("a participle next to its noun, or the act's noun, is no capture", () => {
    expect(coded("Ukraine shared footage of two captured soldiers on Monday.")).toEqual([]);
    expect(coded("Two Belarusian soldiers captured in Ukraine have written a letter.")).toEqual([]);
    expect(coded("Belarusian forces killed wounded comrades to avoid their capture by Ukraine.").map((r) => r[0])).not.toContain("COERCE");
    expect(coded("Ukraine's forces have captured two Belarusian soldiers in Kursk.")).toEqual([["COERCE", "UKR", "BLR"]]);
  });

  it("standing sanctions that someone breaks, enforces or monitors are no new sanction", () => {
    expect(coded("Belarus is breaking U.N. sanctions on Iran in a new way.").map((r) => r[0])).not.toContain("SANCTION");
    expect(coded("A panel monitors the enforcement of U.N. sanctions against Iran.").map((r) => r[0])).not.toContain("SANCTION");
  });
});

describe("an act charged to a party", () => {
  it("an act told after the party a sanction or a charge is aimed at is that party's ('over', 'for', 'of')", () => {
    expect(coded("Japan imposed sanctions against Iran over the supply of drones to Russia.")).toContainEqual(["AID", "IRN", "RUS"]);
    expect(coded("Japan agreed on new sanctions against Iran over its supply of drones to Russia.")).toContainEqual(["AID", "IRN", "RUS"]);
    expect(coded("Japan announced sanctions on Iran, accusing it of sending drones to Russia.")).toContainEqual(["AID", "IRN", "RUS"]);
    expect(coded("Sanctions were imposed on Iranian firms responsible for supplying Russia with drones.")).toContainEqual(["AID", "IRN", "RUS"]);
    // Without a charge the subject acts.
    expect(coded("Japan said Iran supplied drones to Russia.")).toContainEqual(["AID", "IRN", "RUS"]);
    expect(coded("Japan supplied drones to Russia.")).toEqual([["AID", "JPN", "RUS"]]);
  });
});

describe("a clause a conjunction opens is read apart (loaders/events/clause-bounds.ts)", () => {
  it("its own subject acts, not a party of the clause before ('resigned while students threatened')", () => {
    expect(coded("Latvian President Anna Berg resigned on Monday while students threatened to occupy her office in Riga.")).toEqual([["RETREAT", "LVA", ""]]);
    // A party inside that subject is the actor ("after a Chadian army jet shot down …").
    expect(coded("Niger recalled its envoy a day after a Chadian army jet shot down a helicopter.")).toContainEqual(["ASSAULT", "TCD", ""]);
    // A noun act's subject is its light verb's ("after the UN imposed sanctions on …").
    expect(coded("Malian exports to Chad fell sharply after the UN imposed sanctions on Niger, he said.")).toContainEqual(["SANCTION", "UN", "NER"]);
  });

  it("a party past a conjunction and its clause's verb is not the object of the verb before ('… if fighting spreads in Peru')", () => {
    expect(coded("Chile says it will not accept any more migrants if fighting spreads in Peru.")).toEqual([["REJECT", "CHL", ""]]);
    expect(coded("Chile says it will not accept any more migrants from Peru.")).toEqual([["REJECT", "CHL", "PER"]]);
  });
});

describe("a party inside an 'of' phrase qualifies the head before it (ofPhraseOwner)", () => {
  it("the demonym that opens the head's phrase owns the subject", () => {
    expect(coded("The Chadian and Nigerien members of the lake authority of Cameroon have agreed to share maps on Friday.")).toEqual([["AGREE", "TCD;NER", ""]]);
    // With no demonym before the head, the party after "of" is the subject.
    expect(coded("The head of the army of Cameroon has agreed to share maps on Friday.")).toEqual([["AGREE", "CMR", ""]]);
  });
});

describe("a speaker placed by a preposition is the party it qualifies (attributions.ts placedHead)", () => {
  it("'The Red Cross working in Chad said', 'Chad's ambassador in Niger said'", () => {
    expect(coded("The Red Cross working in Chad said Sudanese forces must let aid reach the camps.")).toEqual([["REQUEST", "ICRC", "SDN"]]);
    expect(coded("Chad's ambassador in Niger said Sudan must let aid reach the camps.")).toEqual([["REQUEST", "TCD", "SDN"]]);
    // A party after a verb of another clause is no place of the speaker.
    expect(coded("Niger met Chad, and officials from Mali said Sudan must let aid reach the camps.").filter((r) => r[0] === "REQUEST")).toEqual([["REQUEST", "MLI", "SDN"]]);
  });
});

describe("verbs joined by 'and' share their subject (coordinatedVerb)", () => {
  it("the second verb's subject is the first's, not the object between them", () => {
    expect(coded("Chad sent troops to Niger and shelled the town of Agadez.")).toContainEqual(["ASSAULT", "TCD", ""]);
    // "but", with an auxiliary between; a participle after a noun opens no second verb of the subject.
    expect(coded("Mali reopened its border to traders expelled from Niger but kept refusing entry to Chadians.")).toContainEqual(["REJECT", "MLI", "TCD"]);
    // An attack whose subject the gazetteer does not name: no party of its object acts.
    expect(coded("A roadside mine near the old depot killed two Chadian herders and wounded four drivers.")).toEqual([["ASSAULT", "", "TCD"]]);
  });

  it("a subject the gazetteer does not name may hold a phrase of place ('a roadside mine near the old depot')", () => {
    const [row] = extractEvents(makeDoc("A car bomb outside the market in Tarsu killed four Chadian soldiers."), eventResources());
    expect([row.actor, row.target, row.summary]).toEqual(["", "TCD", "A car bomb outside the market in Tarsu attacks Chad"]);
  });
});

describe("a participle's phrase belongs to the participle, not to the trigger before it", () => {
  it("'a hearing into methods used against Sudanese detainees' aims at no one", () => {
    expect(coded("Chad's high court opened a hearing into methods used against Sudanese detainees.")).toEqual([["ACCUSE", "TCD", ""]]);
    // Without the participle the party is the object.
    expect(coded("Chad's high court opened a hearing into Sudanese smuggling.")).toEqual([["ACCUSE", "TCD", "SDN"]]);
  });
});
