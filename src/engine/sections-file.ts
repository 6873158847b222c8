/**
 * A binary file of named typed-array sections and a small JSON header, for data the
 * engine must restore fast (the compiled lexicon): reading it is taking views of the
 * buffer, with no parse and no object per value. A checksum over everything after the
 * preamble turns a damaged file into an error rather than wrong answers.
 *
 *   0   magic, 8 ASCII bytes
 *   8   u32 format version
 *   12  u32 header length in bytes (UTF-8 JSON, padded with spaces to 4 bytes)
 *   16  u32 checksum of bytes 20 to the end
 *   20  header: the caller's fields and `sections`: name → [type, byte offset, length]
 *   …   the sections, each at an offset that is a multiple of 4
 *
 * Numbers are little-endian, as every browser and Node platform Dalil runs on is.
 */

export type Section = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array;
type SectionType = 'u8' | 'u16' | 'u32' | 'i32' | 'f32';

const VIEW = {
  u8: Uint8Array,
  u16: Uint16Array,
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
} as const;

function typeOf(section: Section): SectionType {
  if (section instanceof Uint8Array) return 'u8';
  if (section instanceof Uint16Array) return 'u16';
  if (section instanceof Uint32Array) return 'u32';
  if (section instanceof Float32Array) return 'f32';
  return 'i32';
}

const PREAMBLE = 20;

export class SectionsFileError extends Error {}

/** Mixes every 32-bit word of bytes[from, end) (FNV-1a with a rotation, so high bits count too). */
function checksum(bytes: Uint8Array, from: number): number {
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset + from, (bytes.length - from) >>> 2);
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) {
    h = Math.imul(h ^ (words[i] as number), 0x01000193);
    h = (h << 13) | (h >>> 19);
  }
  return h >>> 0;
}

const align4 = (n: number): number => (n + 3) & ~3;

export function writeSections(
  magic: string,
  version: number,
  fields: Record<string, unknown>,
  sections: Record<string, Section>,
): Uint8Array {
  if (magic.length !== 8) throw new Error('a sections file magic is 8 ASCII characters');
  const table: Record<string, [SectionType, number, number]> = {};
  // Offsets depend on the header's length, which depends on the offsets: lay the
  // sections out from a header length that only grows until it holds.
  let headerLength = 0;
  let header: Uint8Array;
  for (;;) {
    let at = PREAMBLE + headerLength;
    for (const [name, s] of Object.entries(sections)) {
      table[name] = [typeOf(s), at, s.length];
      at = align4(at + s.byteLength);
    }
    header = new TextEncoder().encode(JSON.stringify({ ...fields, sections: table }));
    if (align4(header.length) <= headerLength) break;
    headerLength = align4(header.length);
  }
  let end = PREAMBLE + headerLength;
  for (const s of Object.values(sections)) end = align4(end + s.byteLength);
  const bytes = new Uint8Array(end);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 8; i++) bytes[i] = magic.charCodeAt(i);
  view.setUint32(8, version, true);
  view.setUint32(12, headerLength, true);
  bytes.fill(0x20, PREAMBLE, PREAMBLE + headerLength);
  bytes.set(header, PREAMBLE);
  for (const [name, s] of Object.entries(sections)) {
    const [, offset] = table[name] as [SectionType, number, number];
    bytes.set(new Uint8Array(s.buffer, s.byteOffset, s.byteLength), offset);
  }
  view.setUint32(16, checksum(bytes, PREAMBLE), true);
  return bytes;
}

export interface SectionsFile {
  /** The header's fields, as the writer gave them. */
  fields: Record<string, unknown>;
  /** A section by name and type; throws when the file has no such section. */
  section<T extends SectionType>(name: string, type: T): InstanceType<(typeof VIEW)[T]>;
}

/**
 * The sections of a file `writeSections` wrote. Throws a SectionsFileError that names
 * `what` when the file is another kind, another version (`stale` says what to do), or
 * damaged.
 */
export function readSections(
  input: Uint8Array | ArrayBuffer,
  what: string,
  expect: { magic: string; version: number; stale: string },
): SectionsFile {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const fail = (why: string): never => {
    throw new SectionsFileError(`${what} ${why}`);
  };
  let magic = '';
  for (let i = 0; i < Math.min(8, bytes.length); i++) magic += String.fromCharCode(bytes[i] as number);
  if (bytes.length < PREAMBLE || magic !== expect.magic)
    fail('is not a file this version of Dalil can read.');
  // Typed views need aligned offsets; a file read into a pooled Node Buffer may not be.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint32(8, true);
  if (version !== expect.version)
    fail(`has format version ${version}, this version of Dalil reads ${expect.version}: ${expect.stale}`);
  const headerLength = view.getUint32(12, true);
  if (
    bytes.length % 4 !== 0 ||
    PREAMBLE + headerLength > bytes.length ||
    checksum(bytes, PREAMBLE) !== view.getUint32(16, true)
  )
    fail('is damaged (its checksum does not match).');
  let header: { sections?: Record<string, [SectionType, number, number]> };
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(PREAMBLE, PREAMBLE + headerLength)));
  } catch {
    return fail('is damaged (its header is not JSON).');
  }
  const { sections = {}, ...fields } = header;
  return {
    fields,
    section(name, type) {
      const entry = sections[name];
      const View = VIEW[type];
      if (!entry || entry[0] !== type) return fail(`has no ${type} section "${name}".`);
      const [, offset, length] = entry;
      if (offset % 4 !== 0 || offset + length * View.BYTES_PER_ELEMENT > bytes.length)
        return fail(`has a section "${name}" outside the file.`);
      return new View(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, length) as InstanceType<
        (typeof VIEW)[typeof type]
      >;
    },
  };
}
