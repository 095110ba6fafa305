// The comparison form used to check that source text reached the model: letters and digits only,
// no diacritics, lower case. Markup, punctuation and spacing do not count.

export function squashForCoverage(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]/g, '');
}
