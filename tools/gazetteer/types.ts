/** Internal shapes of the gazetteer build (not part of the pack contract). */

/** Coarse class used to decide whether two records may be the same place. */
export type PlaceClass =
  | 'country'
  | 'admin1'
  | 'admin2'
  | 'admin3'
  | 'settlement'
  | 'neighbourhood'
  | 'airport'
  | 'feature';

/** Latin-script name candidates of a record, by origin. */
export interface EnglishCandidates {
  /** Authoritative English (OpenSyria name.en, curated/country override). */
  authoritative?: string;
  /** GeoNames main name of a world-cities row. */
  cityName?: string;
  /** WOF name:eng_x_preferred values. */
  preferred?: string[];
  /** WOF wof:name (GeoNames romanisation for most villages). */
  name?: string;
  /** WOF name:eng_x_variant values, cities asciiname. */
  variants?: string[];
}

/** A reference to an admin parent: a record key when known, plus raw names. */
export interface ParentRef {
  key?: string;
  ar?: string;
  en?: string;
}

/** One source record, before de-duplication. */
export interface PlaceRecord {
  /** Record key, also the entry id if this record is the cluster's primary. */
  key: string;
  cls: PlaceClass;
  kind: string;
  /** Arabic names, best first (already cleaned, all usable). */
  names: string[];
  /** Names that only count as aliases when the cluster has no stronger record. */
  weakNames?: string[];
  /**
   * Names an editor wrote (the countries' news spellings): kept even where they look
   * like a common word («سورية» is Syria, though «السورية» stripped is the adjective).
   */
  curatedNames?: string[];
  en: EnglishCandidates;
  country?: string;
  lat?: number;
  lon?: number;
  pop?: number;
  geonames?: number;
  wikidata?: string;
  /** GeoNames feature code (PPLA, PPLC …) when known. */
  fcode?: string;
  /** Admin parents: region (first level), county (second level), parent locality. */
  region?: ParentRef;
  county?: ParentRef;
  parentLocality?: string;
  /** True if region/county were inferred from neighbours. */
  inferred?: boolean;
  /** Keys of records that must end up in the same cluster (superseded, concordance). */
  links?: string[];
  src: string[];
  /** Higher wins when choosing the primary record of a cluster. */
  priority: number;
}
