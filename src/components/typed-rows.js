// Rows of a table's CSV with each column read as the schema says (data/column-types.json):
// numbers as numbers, YYYY-MM-DD dates as UTC Dates, everything else as text. Pages use
// this instead of csv({typed: true}), whose guessing turned article ids that look like
// dates, numbers or booleans (2024-06-24, 12345, true) into Dates, numbers and booleans.
// An empty cell is null, as it was with csv({typed: true}).

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** One cell as its column's type ("number", "date" or "string"). */
export function typedCell(value, type) {
  if (value === undefined || value === null || value === "") return null;
  if (type === "number") return Number(value);
  if (type === "date" && DAY.test(value)) return new Date(`${value}T00:00:00Z`);
  return String(value);
}

/** Rows of strings (FileAttachment.csv() without typed), typed column by column. */
export async function typedRows(rows, types) {
  return (await rows).map((row) => Object.fromEntries(Object.entries(row).map(([column, value]) => [column, typedCell(value, types[column] ?? "string")])));
}
