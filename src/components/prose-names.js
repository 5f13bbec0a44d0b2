// A country's name as running prose needs it: "from the United States", "to the Netherlands",
// but "from North Korea". Names whose head is a plural or a political noun take "the".
const TAKES_THE = /(?:^United |\b(?:States|Nations|Kingdom|Republic|Emirates|Islands|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$)/;

/** "United States" → "the United States"; "North Korea" stays "North Korea". */
/** "A", "A and B", "A, B and C". */
export const listing = (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

export const inProse = (name) => (TAKES_THE.test(name) && !/^the /i.test(name) ? `the ${name}` : name);
