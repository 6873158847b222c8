/** Scores probe sentences against an engine lexicon (used by run.ts and the probe tests). */
import { annotate } from '../annotate';
import type { EngineEntity } from '../api';
import type { Lexicon } from '../lexicon';
import type { Probe } from './probe';

export interface ProbeResult {
  probe: Probe;
  /** The entity found over the probe's name, if any. */
  found?: EngineEntity;
  kindOk: boolean;
  enOk: boolean;
  /** The entity covers exactly the probe's name. */
  spanOk: boolean;
}

/** English names compared as readers see them: case and diacritics aside. */
export const sameEnglish = (a: string, b: string): boolean => {
  const f = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return f(a) === f(b);
};

export function scoreProbe(probe: Probe, lexicon: Lexicon): ProbeResult {
  const at = probe.sentence.indexOf(probe.name);
  if (at < 0) throw new Error(`probe name «${probe.name}» is not in its sentence «${probe.sentence}»`);
  const end = at + probe.name.length;
  const { entities } = annotate(probe.sentence, lexicon);
  const found = entities.find((e) => e.start < end && e.end > at);
  return {
    probe,
    found,
    kindOk: found?.type === probe.kind,
    enOk: found !== undefined && found.type === probe.kind && sameEnglish(found.name_en, probe.en),
    spanOk: found?.start === at && found.end === end,
  };
}
