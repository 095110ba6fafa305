// Removes Markdown inline markup from one line, for the few places that read raw Markdown lines
// without the parser (flattened tables).

import { cleanLine } from './normalize.js';

/** An HTML tag, as Markdown readers take it out (bounded, so that a stray "<" costs nothing). */
export const HTML_TAG = /<[^>]{0,200}>/g;

export function stripInlineMarkup(s: string): string {
  return cleanLine(s)
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:]|$)/g, '$1')
    .replace(HTML_TAG, ' ');
}
