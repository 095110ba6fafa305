// The model to YAML or JSON: stable key order, block style, no folding, unescaped UTF-8.

import { stringify } from 'yaml';
import type { DocumentInfo, Item, Model, Target } from '../model/types.js';

export const ITEM_KEYS: (keyof Item)[] = ['id', 'label', 'title', 'text', 'line', 'scope', 'year', 'targets', 'lead', 'support', 'deadline', 'outputs', 'table', 'cells', 'rows', 'items'];
export const TARGET_KEYS: (keyof Target)[] = ['indicator', 'comparator', 'change', 'value', 'max', 'unit', 'year', 'baseYear', 'text'];
const MODEL_KEYS: (keyof Model)[] = ['vanban', 'source', 'document', 'references', 'outline', 'preamble', 'background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices', 'other', 'bodies'];
const DOCUMENT_KEYS: (keyof DocumentInfo)[] = ['kind', 'kindLabel', 'number', 'issuer', 'superior', 'place', 'date', 'title', 'implements', 'horizon', 'signer', 'recipients', 'motto', 'asWritten'];
const SECTION_KEYS = new Set<keyof Model>(['preamble', 'background', 'purpose', 'viewpoints', 'goals', 'tasks', 'implementation', 'appendices', 'other']);

/** A copy of the model with keys in the documented order. */
export function ordered(model: Model): Model {
  const out: Record<string, unknown> = {};
  for (const key of MODEL_KEYS) {
    const value = model[key];
    out[key] = SECTION_KEYS.has(key) ? (value as Item[]).map(orderItem) : key === 'document' ? orderKeys(value as DocumentInfo, DOCUMENT_KEYS) : value;
  }
  return out as unknown as Model;
}

function orderKeys<T extends object>(value: T, keys: (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out as T;
}

function orderItem(item: Item): Item {
  const out: Record<string, unknown> = {};
  for (const key of ITEM_KEYS) {
    const value = item[key];
    if (value === undefined) continue;
    out[key] = key === 'items' ? (value as Item[]).map(orderItem) : key === 'targets' ? (value as Target[]).map((t) => orderKeys(t, TARGET_KEYS)) : value;
  }
  return out as unknown as Item;
}

export function toYaml(model: Model, schemaRef?: string): string {
  const body = stringify(ordered(model), { lineWidth: 0, minContentWidth: 0, indent: 2, aliasDuplicateObjects: false });
  return schemaRef ? `# yaml-language-server: $schema=${schemaRef}\n${body}` : body;
}

export function toJson(model: Model): string {
  return `${JSON.stringify(ordered(model), null, 2)}\n`;
}
