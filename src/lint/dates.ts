// Dates and years as a model loaded from YAML may hold them (strings, numbers, or anything).

/** The value when it is an ISO date (YYYY-MM-DD), else undefined. */
export function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** The value when it is a whole year, else undefined. */
export function yearOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined;
}

/** The year of an ISO date. */
export function yearOfDate(value: unknown): number | undefined {
  const date = isoDate(value);
  return date ? Number(date.slice(0, 4)) : undefined;
}
