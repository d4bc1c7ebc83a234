import { parse } from 'yaml';
import type { SourceMeta } from '../types';

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FIELDS = ['title', 'author', 'outlet', 'url', 'date'] as const;

/** Metadata from optional YAML front matter; a field the file does not give stays null. */
export function readFrontMatter(text: string): { meta: SourceMeta; bodyStart: number } {
  const empty: SourceMeta = { title: null, author: null, outlet: null, url: null, date: null };
  const m = FENCE.exec(text.startsWith('\uFEFF') ? text.slice(1) : text);
  if (!m) return { meta: empty, bodyStart: 0 };
  const bodyStart = m[0].length + (text.startsWith('\uFEFF') ? 1 : 0);
  let data: unknown;
  try {
    data = parse(m[1]);
  } catch {
    return { meta: empty, bodyStart }; // malformed front matter: still not prose, and no metadata
  }
  if (typeof data !== 'object' || data === null) return { meta: empty, bodyStart };
  const record = data as Record<string, unknown>;
  const meta = { ...empty } as Record<(typeof FIELDS)[number], string | null>;
  for (const field of FIELDS) {
    const value = record[field];
    if (typeof value === 'string' || typeof value === 'number') meta[field] = String(value);
    else if (value instanceof Date) meta[field] = value.toISOString().slice(0, 10);
  }
  return { meta, bodyStart };
}
