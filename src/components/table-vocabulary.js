// The tables' vocabulary, as the build wrote it: the values of each enumerated column (from
// the tables' schema, loaders/schema.ts) and the name of each actor code the tables use (from
// the gazetteer, data/actors.yaml over every state), so that no page keeps its own list.
import {FileAttachment} from "observablehq:stdlib";

export const ENUMS = await FileAttachment("../data/column-enums.json").json();
const NAMES = await FileAttachment("../data/actor-names.json").json();

/** A code's name for readers ("PRK" → "North Korea"); the code itself when the gazetteer has none. */
export const countryName = (code) => NAMES[code] ?? code;
