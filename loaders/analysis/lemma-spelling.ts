/**
 * Lemmas wink-nlp cuts one letter short: "fined" → "fin", "waging" → "wag", "taped" → "tap".
 * Its lemmatiser strips "-ed" or "-ing" and keeps the stem, which is right where English doubles
 * a one-syllable stem's last consonant ("tapped" → "tap", "pinned" → "pin") but wrong where the
 * consonant stands single: English spelling doubles it after one short vowel, so a single one
 * there means a silent "e" was dropped ("taped" ← "tape", "fined" ← "fine"). W, x and y are
 * never doubled ("taxed", "played"), so a stem ending in them is left as it is.
 */

/** One syllable spelled consonants, one vowel letter, one consonant that English would double. */
const SHORT_STEM = /^[^aeiouy]*[aeiou][b-df-hj-np-tvz]$/;

/** The lemma of `lower` (the word in lower case) as wink-nlp gave it, with the silent "e" it dropped put back. */
export function spelledLemma(lower: string, lemma: string): string {
  if (!SHORT_STEM.test(lemma)) return lemma;
  return lower === `${lemma}ed` || lower === `${lemma}ing` ? `${lemma}e` : lemma;
}
