import { z } from 'zod';
import { DICTIONARY_ROOT, loadDictionary } from '../../dictionaries/load-dictionary.js';

/** A sea, shoal, line or region the gazetteer lacks, with its coordinates. */
export const Feature = z.object({
  id: z.string(),
  names: z.array(z.string().min(1)).min(1),
  name: z.string(),
  precision: z.enum(['country', 'region', 'city', 'water', 'site']),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
});
export type Feature = z.infer<typeof Feature>;

/**
 * Loads dictionaries/places/features.json through the manifest.
 *
 * @example
 * loadFeatures().find((f) => f.id === 'south-china-sea');
 */
export function loadFeatures(root = DICTIONARY_ROOT): Feature[] {
  return loadDictionary('place-features', Feature, (e) => e.id, root).entries;
}
