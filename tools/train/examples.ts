/**
 * Training examples: a prepared Doc (the engine's own normalisation and tokens, as at
 * run time) with a gold label per token, projected from character mentions or, for
 * corpus-dev, from each record's string gold onto every whole-word occurrence.
 */
import type { EntityType } from '../../src/common/pack';
import { readings } from '../../src/engine/read/clitics';
import { type Doc, prepare } from '../../src/engine/read/doc';
import { fold } from '../../src/engine/read/normalize';
import { words } from '../../src/engine/read/tokens';
import { begin, inside, KINDS, O } from '../../src/engine/tagger/labels';
import type { DevRecord, TrainText } from './corpora';

export interface Example {
  doc: Doc;
  gold: Int8Array;
  /** Words that begin a gold name with their own و/ف (see TaggerModel.keepInitial). */
  keepInitial: string[];
}

const kindIndex = (t: EntityType): number => KINDS.indexOf(t);

/** Labels of the Doc's tokens from mentions in original-text offsets. */
export function fromText(t: TrainText): Example {
  const doc = prepare(t.text);
  const n = doc.toks.count;
  const gold = new Int8Array(n);
  const keepInitial: string[] = [];
  const { map } = doc.norm;
  const ostart = (k: number): number => map[doc.toks.start[k] as number] as number;
  const oend = (k: number): number => (map[(doc.toks.end[k] as number) - 1] as number) + 1;
  let k = 0;
  const sorted = [...t.mentions].sort((a, b) => a.s - b.s);
  for (const m of sorted) {
    while (k < n && oend(k) <= m.s) k++;
    let first = true;
    for (let j = k; j < n && ostart(j) < m.e; j++) {
      if (gold[j] !== O) break; // overlapping mentions: the earlier one keeps the token
      gold[j] = first ? begin(kindIndex(m.type)) : inside(kindIndex(m.type));
      if (first && t.cliticExact && ostart(j) === m.s) {
        const w = doc.strs[j] as string;
        if ((w[0] === 'و' || w[0] === 'ف') && readings(w).length > 1) keepInitial.push(w);
      }
      first = false;
    }
  }
  splitAtBreaks(doc, gold);
  return { doc, gold, keepInitial };
}

/**
 * A name spans only tokens separated by plain spaces (see tokens.ts): a gold name that
 * crosses punctuation ("سي. إن. إن") becomes one name per part, as the tagger can give them.
 */
function splitAtBreaks(doc: Doc, gold: Int8Array): void {
  for (let i = 1; i < gold.length; i++)
    if (!doc.toks.joined[i - 1] && (gold[i] as number) > 0 && (gold[i] as number) % 2 === 0)
      gold[i] = (gold[i] as number) - 1;
}

/**
 * corpus-dev: every whole-word occurrence of a gold string (after proclitics, the
 * article kept as written) is a mention; longer names first, so "معرة النعمان" is
 * labelled before "النعمان". other_orgs and generic groups stay O.
 */
export function fromDev(r: DevRecord): Example {
  const doc = prepare(r.text);
  const n = doc.toks.count;
  const gold = new Int8Array(n);
  const keepInitial: string[] = [];
  const g = r.gold;
  if (!g) return { doc, gold, keepInitial };
  const names: { w: string[]; type: EntityType }[] = [];
  const add = (list: string[], type: EntityType): void => {
    for (const s of list) {
      const w = words(fold(s));
      if (w.length) names.push({ w, type });
    }
  };
  add(g.places, 'place');
  add(g.parties, 'organization');
  add(g.people, 'person');
  names.sort((a, b) => b.w.length - a.w.length);
  for (const { w, type } of names) {
    for (let i = 0; i + w.length <= n; i++) {
      const tok = doc.strs[i] as string;
      const first = w[0] as string;
      let cut = -1;
      if (tok === first) cut = 0;
      else
        for (const rd of readings(tok)) {
          const c = rd.pre + (rd.art && rd.artLen === 1 ? 1 : 0);
          if (rd.pre > 0 && tok.slice(rd.pre) === first) cut = rd.pre;
          else if (c > 0 && tok.slice(c) === first) cut = c;
          if (cut >= 0) break;
        }
      if (cut < 0) continue;
      let ok = true;
      for (let k = 1; k < w.length && ok; k++) ok = !!doc.toks.joined[i + k - 1] && doc.strs[i + k] === w[k];
      for (let k = 0; k < w.length && ok; k++) ok = gold[i + k] === O;
      if (!ok) continue;
      for (let k = 0; k < w.length; k++)
        gold[i + k] = k === 0 ? begin(kindIndex(type)) : inside(kindIndex(type));
      if (cut === 0 && (tok[0] === 'و' || tok[0] === 'ف') && readings(tok).length > 1) keepInitial.push(tok);
    }
  }
  return { doc, gold, keepInitial };
}

/** Gold or predicted entities of a label sequence, as "t0:t1:kind" keys (CoNLL exact match). */
export function entityKeys(labels: ArrayLike<number>): string[] {
  const out: string[] = [];
  for (let i = 0; i < labels.length; ) {
    const y = labels[i] as number;
    if (y === O || y % 2 === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < labels.length && labels[j] === y + 1) j++;
    out.push(`${i}:${j}:${(y - 1) >> 1}`);
    i = j;
  }
  return out;
}
