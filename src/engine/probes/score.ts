/** Scores probe sentences against any annotate function (used by run.ts and the probe tests). */
import type { Probe } from './probe';

/** What scoring needs of an annotated entity. */
export interface ProbeEntity {
  start: number;
  end: number;
  type: string;
  name_en: string;
}

export interface ProbeResult {
  probe: Probe;
  /** The entity found over the probe's name, if any, with its text. */
  found?: ProbeEntity & { text: string };
  kindOk: boolean;
  /** Right type and one of the English names news uses. */
  enOk: boolean;
  /** The entity covers exactly the probe's name. */
  spanOk: boolean;
}

/** Case, accents, apostrophes, hyphens and a leading "the" are not what makes an English name right. */
export function sameEnglish(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .replace(/^the /, '');
  return norm(a) === norm(b);
}

export function scoreProbe(probe: Probe, annotate: (text: string) => ProbeEntity[]): ProbeResult {
  const at = probe.sentence.indexOf(probe.name);
  if (at < 0) throw new Error(`probe name «${probe.name}» is not in its sentence «${probe.sentence}»`);
  const end = at + probe.name.length;
  const hit = annotate(probe.sentence).find((e) => e.start < end && e.end > at);
  const found = hit && { ...hit, text: probe.sentence.slice(hit.start, hit.end) };
  const wanted = typeof probe.en === 'string' ? [probe.en] : probe.en;
  const kindOk = found?.type === probe.kind;
  return {
    probe,
    found,
    kindOk,
    enOk: found !== undefined && kindOk && wanted.some((en) => sameEnglish(en, found.name_en)),
    spanOk: found?.start === at && found.end === end,
  };
}

/** Per type, how many rows are right: exact span, right type and English. */
export function tally(results: readonly ProbeResult[]): Record<string, { right: number; total: number }> {
  const byKind: Record<string, { right: number; total: number }> = {};
  for (const r of results) {
    const t = byKind[r.probe.kind] ?? { right: 0, total: 0 };
    byKind[r.probe.kind] = t;
    t.total++;
    if (r.enOk && r.spanOk) t.right++;
  }
  return byKind;
}
