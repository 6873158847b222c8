/**
 * The training corpora, read from ../shared at build time and brought to one form:
 * page text with entity mentions of Dalil's kinds. NewsFANE goes through the
 * orthography conversion; Wojood's outer mappable layer is used with place heads
 * (قرية، مدينة …) dropped from its spans; corpus-dev's string gold is projected onto the
 * text (corpus-dev is projected in examples.ts, on the prepared Doc).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import type { EntityType } from '../../src/common/pack';
import { PLACE_TRIGGERS } from '../../src/engine/knowledge/triggers';
import { fold } from '../../src/engine/read/normalize';
import { words } from '../../src/engine/read/tokens';
import type { NameWords } from '../../src/engine/tagger/features';
import { type ConllToken, parseConll, toPage } from './orthography';

export interface KindMention {
  s: number;
  e: number;
  type: EntityType;
  /** The source's fine class where it has one (NewsFANE: "Athlete", "Government" …). */
  cls?: string;
}

export interface TrainText {
  text: string;
  mentions: KindMention[];
  /** Mentions start after the proclitics (so their first letters tell what a name keeps). */
  cliticExact: boolean;
}

export const shared = (): string => process.env.DALIL_SHARED ?? resolve(process.cwd(), '../shared');

const NEWSFANE_KIND: Record<string, EntityType> = {};
for (const c of 'Nation Population-Center State-or-Province County-or-District GPE-Cluster Continent Water-Body Land-Region-Natural Celestial'.split(
  ' ',
))
  NEWSFANE_KIND[c] = 'place';
for (const c of 'Government Non-Governmental Media Religious_ORG Sports Commercial Educational Entertainment Medical-Science'.split(
  ' ',
))
  NEWSFANE_KIND[c] = 'organization';
for (const c of 'Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Police'.split(
  ' ',
))
  NEWSFANE_KIND[c] = 'person';

/** NewsFANE's fine class as a Dalil kind, or undefined for classes Dalil does not highlight. */
export const newsfaneKind = (cls: string): EntityType | undefined => NEWSFANE_KIND[cls];

export function readNewsfaneSentences(): ConllToken[][] {
  return parseConll(readFileSync(resolve(shared(), 'data/ner/newsfane-train.conll'), 'utf8'));
}

/** Consecutive sentences as one text, a line each (one "document" of the folds). */
export function newsfaneText(sentences: ConllToken[][]): TrainText {
  let text = '';
  const mentions: KindMention[] = [];
  for (const sent of sentences) {
    if (text) text += '\n';
    const page = toPage(sent);
    for (const m of page.mentions) {
      const type = newsfaneKind(m.cls);
      if (type) mentions.push({ s: text.length + m.s, e: text.length + m.e, type, cls: m.cls });
    }
    text += page.text;
  }
  return { text, mentions, cliticExact: true };
}

/** Blocks of `size` consecutive sentences. */
export function blocks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const WOJOOD_KIND: Record<string, EntityType> = {
  GPE: 'place',
  LOC: 'place',
  ORG: 'organization',
  PERS: 'person',
};

/** A Wojood token's label: its first (outermost) tag of a kind Dalil highlights. */
function wojoodLabel(tags: string[]): { bio: string; type: EntityType } | undefined {
  for (const t of tags) {
    const type = WOJOOD_KIND[t.slice(2)];
    if (type) return { bio: t[0] as string, type };
  }
  return undefined;
}

const isHead = (w: string): boolean => {
  const f = fold(w);
  return PLACE_TRIGGERS.has(f) || PLACE_TRIGGERS.has(f.replace(/^[وفبلك]/, ''));
};

/** One Wojood file as texts (one per sentence group); `$#$` ends a paragraph. */
export function readWojood(file: string): TrainText[] {
  const out: TrainText[] = [];
  const src = readFileSync(resolve(shared(), 'data/ner/wojood-sample', file), 'utf8');
  for (const group of src.split(/\n\s*\n/)) {
    let text = '';
    const mentions: KindMention[] = [];
    let open: KindMention | undefined;
    let headOnly = false; // the open place span holds only its head so far
    for (const line of group.split('\n')) {
      const parts = line.trim().split(/\s+/);
      const form = parts[0];
      if (!form) continue;
      if (form === '$#$') {
        text += '\n';
        open = undefined;
        continue;
      }
      if (text && !text.endsWith('\n')) text += ' ';
      const s = text.length;
      text += form;
      const lab = wojoodLabel(parts.slice(1));
      if (lab && lab.bio === 'I' && open && open.type === lab.type) {
        if (headOnly) open.s = s;
        open.e = text.length;
        headOnly = false;
        continue;
      }
      open = undefined;
      if (!lab) continue;
      open = { s, e: text.length, type: lab.type };
      mentions.push(open);
      // Dalil's spans leave the head out: "قرية اليامون" is the place "اليامون".
      headOnly = lab.type === 'place' && isHead(form);
    }
    const kept = mentions.filter((m) => !(m.type === 'place' && isHead(text.slice(m.s, m.e))));
    if (text.trim()) out.push({ text, mentions: kept, cliticExact: false });
  }
  return out;
}

export interface DevRecord {
  id: string;
  language: string;
  text: string;
  gold?: { places: string[]; parties: string[]; people: string[]; other_orgs?: string[] };
}

export function readCorpusDev(): DevRecord[] {
  const dir = resolve(shared(), 'fixtures/corpus-dev');
  return ['political.jsonl', 'other.jsonl'].flatMap((f) =>
    readFileSync(resolve(dir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as DevRecord)
      .filter((r) => r.language === 'ar' && r.gold),
  );
}

/** Words of people's names (../shared/data/people/people.csv): first names, and the others. */
export function readNameWords(): NameWords {
  const csv = readFileSync(resolve(shared(), 'data/people/people.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const given = new Set<string>();
  const family = new Set<string>();
  for (const r of rows)
    for (const name of [r.name_ar ?? '', ...(r.ar_variants ?? '').split('|')]) {
      const w = words(fold(name)).filter((x) => x.length >= 2);
      w.forEach((x, i) => {
        (i === 0 ? given : family).add(x);
      });
    }
  return { given: [...given].sort(), family: [...family].sort() };
}
