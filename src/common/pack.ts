/**
 * The bundled glossary pack: the one data contract shared by the gazetteer build
 * (tools/gazetteer), the engine's lexicon, the glossary database and the UI.
 * The committed file is `pack/dalil-pack.json.gz` (gzip of one JSON `Pack`).
 */

/** The kinds of name Dalil knows, in the order every list and count shows them. */
export const ENTITY_TYPES = ['place', 'organization', 'person'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A saved term's learning status, in the order a reader goes through them. */
export const LEARNING_STATUSES = ['new', 'learning', 'known'] as const;
export type LearningStatus = (typeof LEARNING_STATUSES)[number];

/** A count of each kind, all zero. */
export const zeroCounts = (): Record<EntityType, number> => ({ place: 0, organization: 0, person: 0 });

/** One admin level of a place's path, nearest parent first: [Arabic, English]. */
export type AdminLevel = [ar: string, en: string];

/** A role a person held (people only); years only where sure. */
export interface PersonRole {
  /** English role as news writes it: "President of the United States". */
  en: string;
  /** Arabic role: "الرئيس الأمريكي". */
  ar?: string;
  from?: number;
  /** Absent with `from`: still in office (or not known to have ended). */
  to?: number;
}

export interface PackEntry {
  /** Stable id with a source prefix: "wof:…", "osy:…", "gn:…", "cc:SY", "org:…", "per:…". */
  id: string;
  type: EntityType;
  /**
   * Places: country | governorate | district | subdistrict | region | city | town |
   * village | neighbourhood | airport | mountain | … ; organisations: party |
   * armed_group | ministry | army | security | parliament | council | government |
   * intl_org | un_agency | rights_group | news_agency | broadcaster | … ; people:
   * head_of_state | head_of_government | minister | official | politician | militant |
   * cleric | monarch | diplomat | spokesperson | …
   */
  kind: string;
  /** Display Arabic name. */
  ar: string;
  /** Display English name (news spelling where known). */
  en: string;
  /** Other English names of the entry (the sources' romanisation when `en` is an exonym), searchable. */
  enAliases?: string[];
  /** Other Arabic surface forms, as written (with or without ال), excluding `ar`. */
  aliases?: string[];
  /**
   * Short forms that are also common words or given names ("عون", "الأسد"): not
   * matched on their own; a recogniser may accept one next to a title or role.
   */
  weakAliases?: string[];
  /** ISO 3166-1 alpha-2 country of the place, organisation or person. */
  country?: string;
  /** Admin path, nearest parent first, up to the country. */
  path?: AdminLevel[];
  lat?: number;
  lon?: number;
  pop?: number;
  /** Higher is more important; used to choose between homonyms. */
  rank: number;
  /** One-line English description (organisations). */
  desc?: string;
  /** Latin acronym of an organisation as English news writes it ("PKK", "UNRWA"). */
  acronym?: string;
  /** People: roles held, most recent or most notable first. */
  roles?: PersonRole[];
  wikidata?: string;
  geonames?: number;
  /** Source keys, matching `Pack.attributions` (e.g. ["wof", "geonames"]). */
  src: string[];
}

export interface Pack {
  /** Semantic version of the pack; a new version triggers a reload into IndexedDB. */
  version: string;
  /** Short attribution text per source key, shown wherever the data is shown. */
  attributions: Record<string, string>;
  entries: PackEntry[];
}
