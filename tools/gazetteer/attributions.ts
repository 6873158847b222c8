/** Short attribution text per source key (from ../shared/data/LICENSES.md). */
export const ATTRIBUTIONS: Record<string, string> = {
  wof: "Data from Who's On First (https://whosonfirst.org), licence: https://github.com/whosonfirst-data/whosonfirst-data/blob/master/LICENSE.md. Modified: filtered and reformatted.",
  geonames:
    'Contains data from GeoNames (https://www.geonames.org), licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/). Modified: filtered and reformatted.',
  quattroshapes:
    'Includes data from foursquare quattroshapes (https://github.com/foursquare/quattroshapes/), CC BY 2.0. Global Map of PALESTINE © ISCGM/Palestinian National Authority, Ministry of Planning.',
  opensyria:
    'Syrian administrative divisions from OpenSyria Data Geography (https://github.com/Open-Syria/data-geography), CC BY 4.0, based on geoBoundaries (CC BY 3.0 IGO), GeoNames (CC BY 4.0), Wikidata (CC0) and U.S. Census Bureau population tables (HDX, CC BY). Modified: filtered and reformatted.',
  ocha: 'Includes UN OCHA Syria administrative boundaries (COD-AB) and populated places data via HDX (https://data.humdata.org), CC BY 3.0 IGO.',
  partyfacts:
    'Party names from Party Facts (https://partyfacts.org; Döring & Regel 2019, Party Politics 25(2): 97–109), MIT License, © 2022 Party Facts authors.',
  everypolitician:
    'Members of Arab parliaments from EveryPolitician (mySociety, https://everypolitician.org), data of 2015–2019; names and identifiers from Wikidata (CC0). Modified: filtered and reformatted.',
  dalil: 'Curated by the Dalil project. Country names from i18n-iso-countries (MIT).',
};
