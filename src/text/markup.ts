// Removes Markdown inline markup from one line, for the few places that read raw Markdown lines
// without the parser (flattened tables).

import { cleanLine } from './normalize.js';

export function stripInlineMarkup(s: string): string {
  return cleanLine(s)
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=[\s).,;:]|$)/g, '$1')
    .replace(/<[^>]{0,200}>/g, ' ');
}
