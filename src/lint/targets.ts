// Every target of a model, with its pointer and the item it belongs to.

import type { SectionKey, Target } from '../model/types.js';
import { listOf, visitItems, type Visit } from './pointer.js';

export interface TargetVisit extends Visit {
  target: Target;
  /** pointer to the target */
  targetPath: string;
}

export function visitTargets(model: Parameters<typeof visitItems>[0], sections?: readonly SectionKey[]): TargetVisit[] {
  const out: TargetVisit[] = [];
  for (const visit of visitItems(model, sections)) {
    listOf(visit.item.targets).forEach((target, j) => {
      if (target === null || typeof target !== 'object') return;
      out.push({ ...visit, target, targetPath: `${visit.path}/targets/${j}` });
    });
  }
  return out;
}
