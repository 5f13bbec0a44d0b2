// A country's name as running prose needs it: "from the United States", "to the Netherlands",
// but "from North Korea". Names whose head is a plural or a political noun take "the".
const TAKES_THE = /(?:^United |\b(?:States|Nations|Kingdom|Republic|Emirates|Islands|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)$)/;

/** "United States" → "the United States"; "North Korea" stays "North Korea". */
export const inProse = (name) => (TAKES_THE.test(name) && !/^the /i.test(name) ? `the ${name}` : name);
