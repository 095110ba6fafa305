// Every target of a model, with its pointer and the item it belongs to.

import type { SectionKey, Target } from '../model/types.js';
import { listOf, visitItems, type Visit } from './pointer.js';
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
  for (const visit of visitItems(model, sections)) {
    listOf(visit.item.targets).forEach((target, j) => {
      if (target === null || typeof target !== 'object') return;
      out.push({ ...visit, target, targetPath: `${visit.path}/targets/${j}` });
    });
  }
  return out;
}
