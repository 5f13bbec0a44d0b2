// A colour per PLOVER event type, in the order of the schema's types (loaders/schema.ts):
// d3's category10 and six more, none a second blue, placed so that no two are closer than
// ΔE 24 in CIELAB (tests/type-colours.test.ts); the types a story meets together (aid,
// mobilisation, attack) have colours a reader tells apart. No imports: the test reads it.
export const TYPE_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#e7298a", "#9467bd", "#8c564b", "#b15928", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#e7ba52", "#637939", "#e377c2", "#7b4173", "#d62728"];
