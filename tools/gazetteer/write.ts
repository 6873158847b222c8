/**
 * Deterministic pack output: entries sorted by id, fields in the order of the
 * PackEntry interface, empty fields omitted, one entry per line (valid JSON,
 * greppable after zcat), gzip level 9 with mtime 0 and the OS byte fixed to 3 (Unix).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Pack, PackEntry } from '../../src/common/pack.js';

const FIELD_ORDER: Array<keyof PackEntry> = [
  'id',
  'type',
  'kind',
  'ar',
  'en',
  'enAliases',
  'aliases',
  'weakAliases',
  'country',
  'path',
  'lat',
  'lon',
  'pop',
  'rank',
  'desc',
  'acronym',
  'roles',
  'wikidata',
  'geonames',
  'src',
];

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** A copy of the entry with fields in canonical order and empty ones dropped. */
export function canonicalEntry(e: PackEntry): PackEntry {
  const out: Record<string, unknown> = {};
  for (const k of FIELD_ORDER) if (!isEmpty(e[k])) out[k] = e[k];
  return out as unknown as PackEntry;
}

export const byId = (a: PackEntry, b: PackEntry): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function serializePack(
  baseVersion: string,
  attributions: Record<string, string>,
  entries: PackEntry[],
): string {
  const lines = [...entries].sort(byId).map((e) => JSON.stringify(canonicalEntry(e)));
  const body = lines.join(',\n');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
  const attr: Record<string, string> = {};
  for (const k of Object.keys(attributions).sort()) attr[k] = attributions[k] as string;
  const head: Omit<Pack, 'entries'> = { version: `${baseVersion}+${hash}`, attributions: attr };
  const headJson = JSON.stringify(head);
  return `${headJson.slice(0, -1)},"entries":[\n${body}\n]}\n`;
}

export function gzipDeterministic(text: string): Buffer {
  const gz = gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
  gz.writeUInt32LE(0, 4); // mtime
  gz[9] = 3; // OS: Unix, whatever platform built it
  return gz;
}

export function writePack(file: string, text: string): { raw: number; gz: number } {
  const gz = gzipDeterministic(text);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, gz);
  return { raw: Buffer.byteLength(text, 'utf8'), gz: gz.length };
}
