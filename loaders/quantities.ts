/** The quantities extractor lives in loaders/quantities/; this keeps the imports written against this path working. */
export * from "./quantities/index.ts";
