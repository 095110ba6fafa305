// Every target of a model, with its pointer and the item it belongs to.

import type { SectionKey, Target } from '../model/types.js';
import { visitItems, type Visit } from './pointer.js';
import { shared } from './run.js';

export interface TargetVisit extends Visit {
  target: Target;
  /** pointer to the target */
  targetPath: string;
}

/** Within a lint() run the list is made once per set of sections and shared: callers must not change it. */
export function visitTargets(model: Parameters<typeof visitItems>[0], sections?: readonly SectionKey[]): readonly TargetVisit[] {
  return shared(model, `targets:${sections?.join(',') ?? ''}`, () => collectTargets(model, sections));
}

function collectTargets(model: Parameters<typeof visitItems>[0], sections?: readonly SectionKey[]): TargetVisit[] {
  const out: TargetVisit[] = [];
  for (const { item, path, section } of visitItems(model, sections)) {
    if (!Array.isArray(item.targets)) continue;
    item.targets.forEach((target, j) => {
      if (target === null || typeof target !== 'object') return;
      out.push({ item, path, section, target, targetPath: `${path}/targets/${j}` });
    });
  }
  return out;
}
