/**
 * Output formats: JSON Lines for machines (a line for each file, then one for each entity,
 * written as they are found), a coloured terminal view for people. Colour only on a TTY and
 * never when NO_COLOR is set (https://no-color.org). The terminal view strips control
 * characters from everything a file brought, so a file cannot drive the terminal.
 */
import { type PackEntry, zeroCounts } from '../common/pack';
import type { Annotation, EngineEntity } from '../engine/api';

export function useColour(stream: NodeJS.WriteStream): boolean {
  return Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
}

const COLOURS: Record<string, [string, string]> = {
  place: ['\x1b[1;32m', '\x1b[0m'],
  organization: ['\x1b[1;34m', '\x1b[0m'],
  person: ['\x1b[1;35m', '\x1b[0m'],
};

/** C0 controls but tab and newline, DEL and C1 controls (ESC starts every terminal sequence). */
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;

export function printable(text: string): string {
  return text.replace(CONTROL, '');
}

/** The JSON Lines record that starts a file: its name and the verdict on its text. */
export function fileJson(file: string, detection: Annotation['detection']): string {
  const { language, isArabic, isPolitical, score, reasons } = detection;
  return JSON.stringify({
    record: 'file',
    file,
    detection: { language, isArabic, isPolitical, score, reasons },
  });
}

/** One entity; `offset` is where the piece of text it was found in starts in the file. */
export function entityJson(file: string, e: EngineEntity, offset: number): string {
  return JSON.stringify({
    record: 'entity',
    file,
    start: e.start + offset,
    end: e.end + offset,
    text: e.text,
    type: e.type,
    id: e.id ?? null,
    name_ar: e.name_ar,
    name_en: e.name_en,
    source: e.source,
  });
}

/** Text with entities marked: [name] in colour, or ⟦name⟧ without colour. */
export function markedText(text: string, entities: EngineEntity[], colour: boolean): string {
  let out = '';
  let at = 0;
  for (const e of entities) {
    out += printable(text.slice(at, e.start));
    const [open, close] = colour ? (COLOURS[e.type] ?? ['', '']) : ['⟦', '⟧'];
    out += open + printable(text.slice(e.start, e.end)) + close;
    at = e.end;
  }
  return out + printable(text.slice(at));
}

const bold = (s: string, colour: boolean): string => (colour ? `\x1b[1m${s}\x1b[0m` : s);

export function annotationHeader(file: string, d: Annotation['detection'], colour: boolean): string {
  const verdict =
    d.isArabic && d.isPolitical
      ? 'Arabic political news'
      : d.isArabic
        ? 'Arabic, not political news'
        : 'not Arabic';
  return [
    bold(`== ${printable(file)}`, colour),
    `language ${d.language}; ${verdict} (score ${d.score})`,
    `reasons: ${printable(d.reasons.join('; '))}`,
    '',
  ].join('\n');
}

/** The entities of a file, each distinct name once, as the text view ends with. */
export class EntitySummary {
  private readonly counts = zeroCounts();
  private readonly lines = new Map<string, string>();

  add(entities: EngineEntity[]): void {
    for (const e of entities) {
      this.counts[e.type]++;
      const key = `${e.type}|${e.text}`;
      if (!this.lines.has(key))
        this.lines.set(
          key,
          printable(
            `  ${e.type.padEnd(12)} ${e.text}  ${e.name_en}${e.id ? `  [${e.id}]` : ''}  (${e.source})`,
          ),
        );
    }
  }

  text(colour: boolean): string {
    const { place, organization, person } = this.counts;
    const head = bold(`entities: ${place} places, ${organization} organisations, ${person} people`, colour);
    return [head, ...this.lines.values()].join('\n');
  }
}

const pathText = (e: PackEntry): string => (e.path ?? []).map(([ar, en]) => `${en} (${ar})`).join(' → ');

export function lookupJson(name: string, entries: PackEntry[]): string {
  return JSON.stringify({ name, entries: entries.map((e) => ({ ...e, path: e.path ?? [] })) });
}

export function lookupText(name: string, entries: PackEntry[]): string {
  if (entries.length === 0) return `${printable(name)}: not in the glossary`;
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
