/**
 * The transfer-noun matrix: a transfer told by its noun ("Peru's delivery of rifles to Chile"),
 * for every noun of giving arms, in every frame of the nominalisation: the giver as possessor,
 * as a demonym, after "by" or "from", the noun as subject or object, a compound ("arms
 * exports to"). A cell passes when the coder makes AID from Peru to Chile. The sentences are
 * invented.
 */
import { describeFrameMatrix } from "./event-matrix.ts";

interface TransferNoun {
  type: "AID";
  noun: string;
  plural: string;
  /** Whether the plural stands in a compound after "arms" ("arms exports to"). */
  compound: boolean;
}

const noun = (n: string, plural: string, compound = true): TransferNoun => ({ type: "AID", noun: n, plural, compound });

const NOUNS: Record<string, TransferNoun> = {
  delivery: noun("delivery", "deliveries"),
  supply: noun("supply", "supplies"),
  sale: noun("sale", "sales"),
  provision: noun("provision", "provisions", false),
  shipment: noun("shipment", "shipments"),
  transfer: noun("transfer", "transfers"),
  export: noun("export", "exports"),
  donation: noun("donation", "donations"),
};

const FRAMES: Record<string, (n: TransferNoun) => string | undefined> = {
  "possessive giver": (n) => `Bolivia condemned Peru's ${n.noun} of rifles to Chile.`,
  "possessive giver, adjective": (n) => `Bolivia condemned Peru's continued ${n.noun} of rifles to Chile.`,
  "giver after 'by'": (n) => `Bolivia condemned the ${n.noun} of rifles by Peru to Chile.`,
  "giver after 'by', last": (n) => `Bolivia condemned the ${n.noun} of rifles to Chile by Peru.`,
  "demonym giver": (n) => `Bolivia condemned the Peruvian ${n.noun} of rifles to Chile.`,
  "compound after 'arms'": (n) => (n.compound ? `Bolivia condemned Peru's arms ${n.plural} to Chile.` : undefined),
  "the noun as subject": (n) => `Peru's ${n.noun} of rifles to Chile angered Bolivia.`,
  "fuel": (n) => `The report mentioned Peru's ${n.noun} of fuel to Chile.`,
  "plural": (n) => (n.compound ? `Bolivia condemned Peru's ${n.plural} of rifles to Chile.` : undefined),
  "giver after 'from'": (n) => `A ${n.noun} of rifles from Peru to Chile was reported last week.`,
};

describeFrameMatrix("the transfer-noun matrix: X's delivery of Y to Z (Peru to Chile)", FRAMES, NOUNS, new Set(), ["PER", "CHL"]);
