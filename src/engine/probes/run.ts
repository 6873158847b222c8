/**
 * Probe sentences: ordinary news sentences, each with one name, its expected entity
 * type and the English news uses. The runner is generic: given rows and an annotate
 * function, it counts per type how many names came out with the right span, type and
 * English, and lists the failures. Tests assert a floor on the share right; the
 * script scripts/probes.ts prints the figures.
 */
import type { EntityType } from '../../common/pack';

export interface Probe {
  sentence: string;
  /** The name as written in the sentence, without its proclitics. */
  name: string;
  kind: EntityType;
  /** The English news uses; several when news writes the name more than one way. */
  en: string | readonly string[];
}

/** What the runner needs of an annotated entity. */
export interface ProbeEntity {
  start: number;
  end: number;
  type: string;
  name_en: string;
}

export interface ProbeFailure {
  probe: Probe;
  /** The entity found over the name, if any. */
  got?: { text: string; type: string; en: string };
}

export interface ProbeResult {
  byKind: Record<string, { right: number; total: number }>;
  failures: ProbeFailure[];
}

/** Case, apostrophes, hyphens and a leading "the" are not what makes an English name right. */
export function sameEnglish(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\u2018\u2019`]/g, "'")
      .replace(/-/g, ' ')
      .replace(/^the /, '')
      .trim();
  return norm(a) === norm(b);
}

export function runProbes(rows: readonly Probe[], annotate: (text: string) => ProbeEntity[]): ProbeResult {
  const byKind: ProbeResult['byKind'] = {};
  const failures: ProbeFailure[] = [];
  for (const probe of rows) {
    const tally = byKind[probe.kind] ?? { right: 0, total: 0 };
    byKind[probe.kind] = tally;
    tally.total++;
    const start = probe.sentence.indexOf(probe.name);
    if (start < 0) throw new Error(`probe name «${probe.name}» is not in «${probe.sentence}»`);
    const end = start + probe.name.length;
    const hit = annotate(probe.sentence).find((e) => e.start < end && e.end > start);
    const wanted = typeof probe.en === 'string' ? [probe.en] : probe.en;
    const right =
      hit !== undefined &&
      hit.start === start &&
      hit.end === end &&
      hit.type === probe.kind &&
      wanted.some((en) => sameEnglish(en, hit.name_en));
    if (right) tally.right++;
    else
      failures.push({
        probe,
        got: hit && { text: probe.sentence.slice(hit.start, hit.end), type: hit.type, en: hit.name_en },
      });
  }
  return { byKind, failures };
}
