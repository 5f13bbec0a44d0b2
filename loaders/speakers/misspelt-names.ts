/**
 * A surname taken up with one letter off from a person named before ("Ana Kowalczyk … Kowalcyk added",
 * a letter dropped, added or changed): the person named before, when only one fuller name is so close.
 * Short words are left alone: "Lima" and "Lina" are two names as often as one misspelt.
 */
type Hits = ReadonlyMap<string, ReadonlyArray<{ start: number; name: string }>>;

/** Letters a surname needs before one letter off is read as a slip. */
const MIN_LENGTH = 6;

export function closeSurname(surname: string, before: number, runsByName: Hits): string {
  if (surname.length < MIN_LENGTH || !/^\p{Lu}\p{Ll}+$/u.test(surname)) return "";
  const found = new Set<string>();
  for (const [key, hits] of runsByName) {
    if (key[0] !== surname[0] || Math.abs(key.length - surname.length) > 1 || !oneEditApart(key, surname)) continue;
    // The key is the surname of a fuller name written before ("Wim Zweigenberg"), not its given name.
    for (const h of hits) if (h.start < before && h.name.endsWith(` ${key}`)) found.add(h.name);
  }
  return found.size === 1 ? [...found][0] : "";
}

/** Whether one letter added, dropped or changed turns `a` into `b` (not when they are the same). */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  // The rest after the first difference: the same with one letter skipped in the longer, or one changed.
  return s.length === l.length ? s.slice(i + 1) === l.slice(i + 1) : s.slice(i) === l.slice(i + 1);
}
