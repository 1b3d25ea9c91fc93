import type { PlacePrecision } from '../../model/index.js';

/** One thing a place name may stand for. */
export interface PlaceOption {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
  population: number;
  capital: boolean;
  /** A region's short name ("Kursk" for "Kursk Oblast"): a weaker reading than a city's. */
  short: boolean;
  /** A feature or state of Sitrep's lists, a gazetteer town, or a site named in the text. */
  source: 'feature' | 'country' | 'gazetteer' | 'site';
  entry: string;
}

/** A place name found in a sentence, by token range, with its possible readings. */
export interface PlaceCandidate {
  from: number;
  to: number;
  options: PlaceOption[];
  /** Followed by "region", "oblast", "province": a region whatever else the name is. */
  regionWord: boolean;
  /** The preposition before it that makes it a place ("in", "near", "to"), or null. */
  placeContext: string | null;
  chosen?: PlaceOption;
}
