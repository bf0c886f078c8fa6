import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { OrganisationKindSchema, type Organisation } from '../../shapes/annotated-meeting.schema.js';
import { organisationKey } from '../../shapes/keys.js';

const GazetteerSchema = z.object({
  organisations: z.array(
    z.object({
      name: z.string().min(1),
      fullName: z.string().optional(),
      abbreviation: z.string().optional(),
      kind: OrganisationKindSchema,
      aliases: z.array(z.string()),
    }),
  ),
});

export const DEFAULT_GAZETTEER_PATH = fileURLToPath(new URL('../../data/gazetteer/organisations.json', import.meta.url));

export interface OrganisationMention {
  key: string;
  surface: string;
  start: number;
  end: number;
}

// Names made by pattern when no gazetteer entry knows them: "Lunds universitet",
// "Danderyds sjukhus", "Myndigheten för delaktighet", "Äldrenämnden", "Region Uppsala".
const PATTERNS: ReadonlyArray<readonly [RegExp, Organisation['kind']]> = [
  [/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+s\s+(?:universitet|högskola)(?![\p{L}\p{N}])/gu, 'university'],
  [/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+s\s+sjukhus(?![\p{L}\p{N}])/gu, 'hospital'],
  [/(?<![\p{L}\p{N}])Myndigheten\s+för\s+[\p{Ll}-]+(?:\s+och\s+[\p{Ll}-]+)?/gu, 'authority'],
  [/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+nämnden(?![\p{L}\p{N}])/gu, 'committee'],
  [/(?<![\p{L}\p{N}])Region\s+\p{Lu}\p{Ll}+/gu, 'region'],
];

/**
 * Recognises organisations: a gazetteer of Swedish health-care bodies (abbreviations linked to
 * full names: HSN = Hälso- och sjukvårdsnämnden) and patterns for the rest.
 */
export class OrganisationGazetteer {
  private readonly byAlias = new Map<string, Organisation>();
  private readonly aliasPattern: RegExp;

  constructor(entries: z.infer<typeof GazetteerSchema>['organisations']) {
    for (const e of entries) {
      const org: Organisation = { key: organisationKey(e.name), name: e.name, abbreviation: e.abbreviation ?? null, kind: e.kind };
      for (const alias of [e.name, ...e.aliases, ...(e.fullName ? [e.fullName] : [])]) this.byAlias.set(alias.toLowerCase(), org);
    }
    // Aliases written in capitals (HSN, PRO) must match in capitals; others ignore case at the start.
    const aliases = [...this.byAlias.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.aliasPattern = new RegExp(`(?<![\\p{L}\\p{N}:])(?:${aliases.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  }

  static load(path = DEFAULT_GAZETTEER_PATH): OrganisationGazetteer {
    return new OrganisationGazetteer(GazetteerSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).organisations);
  }

  /** The organisation an attendance-list label or a name stands for, when known. */
  lookup(name: string): Organisation | undefined {
    return this.byAlias.get(name.trim().toLowerCase());
  }

  /** Organisations named in `text`, with the records of those found only by pattern. */
  find(text: string): { mentions: OrganisationMention[]; organisations: Organisation[] } {
    const mentions: OrganisationMention[] = [];
    const organisations = new Map<string, Organisation>();
    const taken: Array<[number, number]> = [];
    for (const m of text.matchAll(this.aliasPattern)) {
      const surface = m[0];
      const org = this.byAlias.get(surface.toLowerCase());
      if (!org) continue;
      // "PRO", "HSN": an abbreviation only counts in capitals; "pro" is a Latin word.
      if (org.abbreviation && surface.toLowerCase() === org.abbreviation.toLowerCase() && surface !== surface.toUpperCase()) continue;
      mentions.push({ key: org.key, surface, start: m.index, end: m.index + surface.length });
      organisations.set(org.key, org);
      taken.push([m.index, m.index + surface.length]);
    }
    for (const [re, kind] of PATTERNS) {
      for (const m of text.matchAll(re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        const known = this.lookup(m[0]);
        const org = known ?? { key: organisationKey(m[0]), name: normaliseName(m[0]), abbreviation: null, kind };
        mentions.push({ key: org.key, surface: m[0], start, end });
        organisations.set(org.key, org);
        taken.push([start, end]);
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    return { mentions, organisations: [...organisations.values()] };
  }
}

/** "Karlstads Universitet" → "Karlstads universitet": Swedish writes the generic part in lower case. */
function normaliseName(name: string): string {
  return name.replace(/\s+(Universitet|Högskola|Sjukhus)(?![\p{L}\p{N}])/gu, (s) => s.toLowerCase());
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
