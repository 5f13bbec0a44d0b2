/**
 * The closed-class words the quantity reader steps over or stops at.
 */

/** Closed-class and time words that end a noun phrase. */
export const STOP = new Set(
  `a an the this that these those its their his her our my your some any each every no not
   from to in on at by for with into onto of over under about after before during since until through across along
   toward towards against between among amongst via per as than upon within without near off out up down around
   and or but nor so yet if because while whereas although though when where which who whom whose what why how
   is are was were be been being has have had do does did will would could should may might must can shall
   also already still now then ago last next yesterday today tomorrow earlier later recently reportedly mostly mainly
   more most less least only just even very too such all both either neither other another same own
   it they them he she we i you us him me there here said says say`.split(/\s+/),
);
export const DETERMINERS = new Set(["the", "these", "those", "both", "its", "their", "our", "his", "her", "all", "whose", "your", "my"]);
export const MONTHS = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);
export const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th", "s"]);
export const TIME_WORDS = new Set(["am", "pm", "gmt", "utc", "kst", "hrs", "o'clock"]);
/** Plurals without a final s, and nouns used as plurals. */
export const IRREGULAR_PLURALS: Record<string, string> = { arms: "arms", people: "person", men: "man", women: "woman", children: "child", servicemen: "serviceman", police: "police" };

/** Words other than digits, number words, hedges and symbols that may open a number. */
export const NUMBER_OPENERS = new Set(["minus", "negative", "a", "an", "half", "between", "several", "few", "many", "dozens", "scores", "tens", "hundreds", "thousands", "millions", "billions", "trillions"]);

/** Words that make a bare number a count of people: "100 were killed and 1,000 wounded". */
export const CASUALTY_WORDS = new Set(["killed", "wounded", "injured", "dead", "captured", "missing", "hurt"]);

/** Words that may stand between a claimant and its verb ("C4ADS that shows", "officials have said"). */
export const BETWEEN_CLAIMANT_AND_VERB = new Set(["has", "have", "had", "also", "previously", "reportedly", "later", "earlier", "that", "which", "who", "then", "separately", "further"]);
/** Words inside a claimant description ("US and other officials", "senior US defense officials"). */
export const CLAIMANT_MODIFIERS = new Set(["senior", "top", "other", "and", "intelligence", "defense", "defence", "military", "government", "western", "security", "administration", "foreign", "state", "independent", "some", "unnamed", "anonymous", "several", "many"]);

/** Lower-case words inside a name ("Institute for the Study of War"). */
export const NAME_CONNECTORS = new Set(["of", "for", "the", "and", "on", "de"]);

/** Tokens that end a clause: the period of one clause does not carry over to the next. */
export const CLAUSE_BREAKS = new Set([",", ";", ":", "(", ")", "—", "–", "that", "which", "while", "whereas", "but", "who", "where"]);

/** Words without which a clause holds no date; checked first because date parsing is costly. */
export const MAY_HOLD_DATE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|week|month|year|yesterday|today|tonight|[12]\d{3})/i;

export const PARTICIPLE = /^(?:[a-z]{2,}(?:ed|en)|sent|held|left|kept|lost|hurt|based)$/;
