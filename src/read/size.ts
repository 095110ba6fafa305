// Sizes as people write them, for --max-size and maxSize in vanban.config.yaml. Kept apart so that
// the command line can check the flag without loading the readers.

/** "50000000", "50MB", "64MiB", "2g" → bytes; undefined when it is not a size. */
export function parseSize(value: string): number | undefined {
  const m = /^(\d{1,15}(?:\.\d{1,6})?)\s?([kmg]i?b?)?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * mult);
}
