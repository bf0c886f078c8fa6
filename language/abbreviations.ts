import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const AbbreviationSchema = z.object({
  /** Canonical spelling ("ASIH"). */
  key: z.string().min(1),
  /** Spellings seen in minutes ("ASIH", "ASiH"). */
  forms: z.array(z.string().min(1)).min(1),
  /** Swedish long form ("avancerad sjukvård i hemmet"). */
  expansion: z.string().min(1),
  english: z.string().min(1).optional(),
});
export type Abbreviation = z.infer<typeof AbbreviationSchema>;

export const AbbreviationFileSchema = z.object({ abbreviations: z.array(AbbreviationSchema) });

export const DEFAULT_ABBREVIATIONS_PATH = fileURLToPath(new URL('../data/lexicon/abbreviations.json', import.meta.url));

/**
 * Looks abbreviations up by the form written in the text. Exact forms win; otherwise a
 * case-insensitive match is accepted only for words of two or more capitals, so that
 * "pod" or "iva" written in lower case (ordinary words) are not taken for PoD or IVA.
 */
export class AbbreviationTable {
  private readonly exact = new Map<string, Abbreviation>();
  private readonly folded = new Map<string, Abbreviation>();
  /** Each entry's long form lowered, in the order of `entries` (query expansion looks for them in every query). */
  readonly lowerExpansions: readonly string[];

  constructor(readonly entries: readonly Abbreviation[]) {
    this.lowerExpansions = entries.map((entry) => entry.expansion.toLocaleLowerCase('sv-SE'));
    for (const entry of entries) {
      for (const form of [entry.key, ...entry.forms]) {
        this.exact.set(form.normalize('NFC'), entry);
        this.folded.set(form.normalize('NFC').toLocaleUpperCase('sv-SE'), entry);
      }
    }
  }

  /** The abbreviation written as `surface` ("ASiH", "IVA-kapacitet" is not a match: split first). */
  lookup(surface: string): Abbreviation | undefined {
    const nfc = surface.normalize('NFC');
    const hit = this.exact.get(nfc);
    if (hit !== undefined) return hit;
    const capitals = nfc.match(/\p{Lu}/gu)?.length ?? 0;
    return capitals >= 2 ? this.folded.get(nfc.toLocaleUpperCase('sv-SE')) : undefined;
  }
}

/** Reads and validates an abbreviation file; throws a ZodError naming the bad entry. */
export function loadAbbreviationTable(path = DEFAULT_ABBREVIATIONS_PATH): AbbreviationTable {
  const file = AbbreviationFileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return new AbbreviationTable(file.abbreviations);
}

let shared: AbbreviationTable | undefined;

/** The project's abbreviation table, read once. */
export function defaultAbbreviationTable(): AbbreviationTable {
  shared ??= loadAbbreviationTable();
  return shared;
}
