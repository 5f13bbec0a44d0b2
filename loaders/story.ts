/**
 * What the explainer shows that is computed, not drawn: the estimates over time and the
 * paragraphs written from the tables (src/data/story.json.ts prints it for the page).
 */
import { estimatesOf, loadEstimatesDictionary, thinForChart, type EstimatesDictionary, type Estimates } from "./estimates.ts";
import { estimatesParagraph, formatDay, howMuchParagraph, largestInCommonUnit, shortAmount, type Paragraph } from "./story-prose.ts";
import type { Tables } from "./tables.ts";

/** A big number of the explainer: the figure, what it is and the sentence it comes from. */
export interface StoryCard {
  figure: string;
  caption: string;
  href: string;
}

export interface Story {
  estimates: Estimates;
  paragraphs: { estimates: Paragraph; howMuch: Paragraph };
  /** The first measure's latest estimate, and the largest weight in the commonest unit of weight. */
  cards: { latestEstimate: (StoryCard & { measure: string }) | null; largestCount: (StoryCard & { unit: string }) | null; largestWeight: StoryCard | null };
}

export function storyOf(tables: Pick<Tables, "quantities" | "articles" | "statements" | "events">, dictionary: EstimatesDictionary = loadEstimatesDictionary()): Story {
  const estimates = estimatesOf(tables, dictionary);
  // The first measure's latest figure (points come by measure, then date).
  const latest = estimates.points.filter((p) => p.measure === estimates.measures[0]).at(-1);
  const weight = largestInCommonUnit(tables.quantities, "mass");
  const count = largestInCommonUnit(tables.quantities, "munitions");
  return {
    // The prose and the cards read every figure; the chart, at most a few hundred.
    estimates: thinForChart(estimates),
    paragraphs: { estimates: estimatesParagraph(estimates), howMuch: howMuchParagraph(tables.quantities, tables.articles) },
    cards: {
      latestEstimate: latest ? { measure: latest.measure, figure: shortAmount(latest), caption: `${latest.text} — ${latest.claimant}, ${formatDay(latest.date)}`, href: latest.href } : null,
      largestCount: count
        ? { unit: count.unit, figure: shortAmount(count), caption: `${count.text} — ${count.attributed_to || "no claimant named"}`, href: `./sources/${count.article_id}#${count.quantity_id}` }
        : null,
      largestWeight: weight
        ? { figure: shortAmount(weight), caption: `${weight.unit} of ${weight.item || "cargo"} — ${weight.attributed_to || "no claimant named"}`, href: `./sources/${weight.article_id}#${weight.quantity_id}` }
        : null,
    },
  };
}
