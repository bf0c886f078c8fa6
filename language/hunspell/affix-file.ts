/**
 * The parts of a Hunspell affix file (.aff) that compound splitting needs: suffix rules and the
 * flags that say where a word may stand in a compound. Prefix rules, compound rules for numbers,
 * replacement tables and suggestion settings are spell-checking concerns and are skipped.
 */

/** One suffix rule: a root ending in `condition` loses `strip` and gains `add`. */
export interface SuffixRule {
  /** The flag a root carries to take this suffix. */
  flag: string;
  strip: string;
  add: string;
  /** Flags of the form the rule makes ("WXZ": a compound-initial form only), or "". */
  continuation: string;
  /** Tested against the root's end. */
  condition: RegExp;
}

/** The compound-control flags the affix file names (Hunspell's defaults are unset). */
export interface CompoundFlags {
  begin: string | null;
  middle: string | null;
  end: string | null;
  onlyInCompound: string | null;
  permit: string | null;
  needAffix: string | null;
  forbidden: string | null;
}

export interface AffixFile {
  suffixes: SuffixRule[];
  flags: CompoundFlags;
}

const FLAG_DIRECTIVES = {
  COMPOUNDBEGIN: 'begin',
  COMPOUNDMIDDLE: 'middle',
  COMPOUNDEND: 'end',
  ONLYINCOMPOUND: 'onlyInCompound',
  COMPOUNDPERMITFLAG: 'permit',
  NEEDAFFIX: 'needAffix',
  FORBIDDENWORD: 'forbidden',
} as const satisfies Record<string, keyof CompoundFlags>;

/**
 * Reads an affix file with one-character flags (the Swedish dictionary's `FLAG` default).
 * A rule line is `SFX flag strip add[/flags] condition`; the header line of each block
 * (`SFX flag Y count`) has no condition of the right shape and is told apart by its count.
 */
export function parseAffixFile(text: string): AffixFile {
  const flags: CompoundFlags = {
    begin: null,
    middle: null,
    end: null,
    onlyInCompound: null,
    permit: null,
    needAffix: null,
    forbidden: null,
  };
  const suffixes: SuffixRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    const fields = line.split(/\s+/);
    const directive = fields[0]!;
    if (directive in FLAG_DIRECTIVES && fields[1] !== undefined) {
      flags[FLAG_DIRECTIVES[directive as keyof typeof FLAG_DIRECTIVES]] = fields[1];
      continue;
    }
    if (directive !== 'SFX' || fields.length < 5) continue;
    const [, flag, strip, addField, condition] = fields as [string, string, string, string, string];
    const [add, continuation = ''] = addField.split('/') as [string, string?];
    suffixes.push({
      flag,
      strip: strip === '0' ? '' : strip,
      add: add === '0' ? '' : add,
      continuation,
      condition: conditionPattern(condition),
    });
  }
  return { suffixes, flags };
}

/** Hunspell conditions are letters, `.` and bracket classes: already a regular expression, anchored at the root's end. */
function conditionPattern(condition: string): RegExp {
  if (!/^(?:[^[\]\\(){}|*+?^$]|\[\^?[^\]\\]+\])+$/u.test(condition)) throw new Error(`unsupported affix condition: ${condition}`);
  return new RegExp(`${condition}$`, 'u');
}
