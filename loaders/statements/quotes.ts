import { quoteText } from "../quotes.ts";
import { type Ctx, type Range } from "./sentence.ts";

export const isQuoteRange = (ctx: Ctx, [s, e]: Range) => ctx.quotes.some((q) => q.open === s && q.close === e);

export function isQuoteOnly(ctx: Ctx): boolean {
  if (ctx.quotes.length === 0) return false;
  let rest = ctx.text;
  for (const q of [...ctx.quotes].reverse()) rest = rest.slice(0, q.open) + rest.slice(q.close);
  return !/[\p{L}\p{N}]/u.test(rest.replace(/\(\s*\p{Lu}[\p{L} ]*\)\s*$/u, ""));
}

/** A range of content as the table writes it: a quotation's inner words, or the clause verbatim. */
export function fragment(ctx: Ctx, [s, e]: Range): { text: string; start: number; end: number; kind: "direct" | "indirect" | "mixed" } {
  const { text } = ctx;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  const whole = ctx.quotes.find((q) => q.open === s && (q.close === e || (q.close === e - 1 && /[.,]/.test(text[e - 1]))));
  if (whole) {
    const inner = quoteText(text, whole);
    return { ...inner, kind: "direct" };
  }
  // A quotation the page cuts off, its broken last word left out ('“We will sail at da'): its words up to the cut.
  const cut = ctx.quotes.find((q) => q.runsOn && q.open === s && e <= q.close && /^[\s\p{P}]*\S*$/u.test(text.slice(e, q.close)));
  if (cut) {
    const inner = quoteText(text, { ...cut, innerEnd: e });
    return { ...inner, kind: "direct" };
  }
  const hasQuote = ctx.quotes.some((q) => q.open >= s && q.open < e);
  // A final period outside the marks belongs to the sentence, not to the words.
  if (text[e - 1] === "." && !ctx.quoted[e - 1]) e--;
  return { text: text.slice(s, e), start: s, end: e, kind: hasQuote ? "mixed" : "indirect" };
}
