/**
 * Output formats: JSON Lines for machines, a coloured terminal view for people.
 * Colour only on a TTY and never when NO_COLOR is set (https://no-color.org).
 */
import type { PackEntry } from '../common/pack';
import type { Annotation, EngineEntity } from '../engine/api';

export function useColour(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
}

const COLOURS: Record<string, [string, string]> = {
  place: ['\x1b[1;32m', '\x1b[0m'],
  organization: ['\x1b[1;34m', '\x1b[0m'],
  person: ['\x1b[1;35m', '\x1b[0m'],
};

export function annotationJson(file: string, a: Annotation): string {
  const { language, isArabic, isPolitical, score, reasons } = a.detection;
  return JSON.stringify({
    file,
    detection: { language, isArabic, isPolitical, score, reasons },
    entities: a.entities.map((e) => ({
      start: e.start,
      end: e.end,
      text: e.text,
      type: e.type,
      id: e.id ?? null,
      name_ar: e.name_ar,
      name_en: e.name_en,
      source: e.source,
    })),
  });
}

/** Text with entities marked: [name] in colour, or ⟦name⟧ without colour. */
function marked(text: string, entities: EngineEntity[], colour: boolean): string {
  let out = '';
  let at = 0;
  for (const e of entities) {
    out += text.slice(at, e.start);
    const [open, close] = colour ? (COLOURS[e.type] ?? ['', '']) : ['⟦', '⟧'];
    out += open + text.slice(e.start, e.end) + close;
    at = e.end;
  }
  return out + text.slice(at);
}

export function annotationText(file: string, text: string, a: Annotation, colour: boolean): string {
  const d = a.detection;
  const bold = (s: string): string => (colour ? `\x1b[1m${s}\x1b[0m` : s);
  const lines = [
    bold(`== ${file}`),
    `language ${d.language}; ${d.isArabic && d.isPolitical ? 'Arabic political news' : d.isArabic ? 'Arabic, not political news' : 'not Arabic'} (score ${d.score})`,
    `reasons: ${d.reasons.join('; ')}`,
    '',
    marked(text, a.entities, colour).trim(),
    '',
  ];
  const counts = { place: 0, organization: 0, person: 0 };
  for (const e of a.entities) counts[e.type]++;
  lines.push(
    bold(`entities: ${counts.place} places, ${counts.organization} organisations, ${counts.person} people`),
  );
  const seen = new Set<string>();
  for (const e of a.entities) {
    const k = `${e.type}|${e.text}`;
    if (seen.has(k)) continue;
    seen.add(k);
    lines.push(`  ${e.type.padEnd(12)} ${e.text}  ${e.name_en}${e.id ? `  [${e.id}]` : ''}  (${e.source})`);
  }
  return lines.join('\n');
}

const pathText = (e: PackEntry): string => (e.path ?? []).map(([ar, en]) => `${en} (${ar})`).join(' → ');

export function lookupJson(name: string, entries: PackEntry[]): string {
  return JSON.stringify({ name, entries: entries.map((e) => ({ ...e, path: e.path ?? [] })) });
}

export function lookupText(name: string, entries: PackEntry[]): string {
  if (entries.length === 0) return `${name}: not in the glossary`;
  return entries
    .map((e) => {
      const head = `${e.ar} — ${e.en}  [${e.id}] ${e.type}/${e.kind}${e.country ? ` ${e.country}` : ''} rank ${e.rank}`;
      const p = pathText(e);
      return [
        head,
        p ? `  ${p}` : '',
        e.desc ? `  ${e.desc}` : '',
        e.aliases?.length ? `  also: ${e.aliases.join('، ')}` : '',
      ]
        .filter(Boolean)
        .join('\n');
    })
    .join('\n');
}
