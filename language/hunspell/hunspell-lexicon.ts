import { parseAffixFile, type CompoundFlags, type SuffixRule } from './affix-file.js';

/** A form read as a non-final compound part: the root it comes from and its linking letters. */
export interface LinkingForm {
  /** The dictionary word ("läkemedel" for "läkemedels-", "kvinna" for "kvinno-"). */
  lemma: string;
  /** The letters of the form before its link ("läkemedel", "kvinn"). */
  surface: string;
  /** The letters the dictionary adds to join the next part ("s", "e", "o"), or "". */
  link: string;
}

/** Letters Swedish puts between the parts of a compound. */
const LINK_LETTERS = 'soeua';

/** Suffix rules by the letters they add, and the lengths of those letters, longest first. */
class RuleIndex {
  private readonly byAdd = new Map<string, SuffixRule[]>();
  readonly lengths: number[];

  constructor(rules: readonly SuffixRule[]) {
    for (const rule of rules) {
      const list = this.byAdd.get(rule.add);
      if (list) list.push(rule);
      else this.byAdd.set(rule.add, [rule]);
    }
    this.lengths = [...new Set(rules.map((r) => r.add.length))].sort((a, b) => b - a);
  }

  rules(add: string): SuffixRule[] | undefined {
    return this.byAdd.get(add);
  }
}

/**
 * A Hunspell dictionary read for compound analysis, without expanding its affixes: a form is
 * analysed by undoing each suffix whose added letters end it and looking the root up, as
 * Hunspell itself does. Each root's flags say whether it may begin a compound, stand inside
 * one or end it; its compound-only suffixes give its linking forms ("läkemedel" + "s",
 * "tjänst" + "e"). A look-up is a handful of map reads; nothing is cached here.
 */
export class HunspellLexicon {
  private readonly inflections: RuleIndex;
  private readonly innerForms: Map<string, LinkingForm>;
  private readonly innerFlags: string;

  private constructor(
    private readonly roots: ReadonlyMap<string, string>,
    /** Spellings the dictionary rules out as words: names written in lower case ("barbro"). */
    private readonly excluded: ReadonlySet<string>,
    suffixes: readonly SuffixRule[],
    private readonly flags: CompoundFlags,
  ) {
    this.innerFlags = [flags.begin, flags.middle].filter((f) => f !== null).join('');
    // Rules with flags of their own make compound-only forms, not inflections.
    this.inflections = new RuleIndex(suffixes.filter((r) => r.continuation === ''));
    this.innerForms = this.expandInnerForms(suffixes.filter((r) => this.hasAny(r.continuation, this.innerFlags)));
  }

  /**
   * Every form that may begin or stand inside a compound, with the word it comes from: the
   * dictionary flags about 13 000 words for that as they stand and gives some 19 000 linking
   * forms, few enough to list once, so that a look-up inside a word is a single map read.
   */
  private expandInnerForms(linkingRules: readonly SuffixRule[]): Map<string, LinkingForm> {
    const byFlag = new Map<string, SuffixRule[]>();
    for (const rule of linkingRules) byFlag.set(rule.flag, [...(byFlag.get(rule.flag) ?? []), rule]);
    const anyOf = (chars: Iterable<string>): RegExp =>
      new RegExp(`[${[...chars].map((c) => c.replace(/[\]\\^-]/g, '\\$&')).join('')}]`, 'u');
    const inner = anyOf(this.innerFlags);
    const linking = anyOf(byFlag.keys());
    const forms = new Map<string, LinkingForm>();
    for (const [root, flags] of this.roots) {
      // A word as it stands outranks another word's linking form of the same spelling.
      if (inner.test(flags))
        forms.set(root, this.has(flags, this.flags.onlyInCompound) ? this.linkedRoot(root) : { lemma: root, surface: root, link: '' });
      if (!linking.test(flags)) continue;
      for (let i = 0; i < flags.length; i++) {
        const rules = byFlag.get(flags[i]!);
        if (rules === undefined) continue;
        for (const rule of rules) {
          if (!rule.condition.test(root)) continue;
          const surface = root.slice(0, root.length - rule.strip.length);
          const form = surface + rule.add;
          const taken = forms.get(form);
          if (taken !== undefined && (taken.link === '' || taken.lemma !== root)) continue;
          // "avtals-": the verb avtala gives the form, but the noun avtal is the word written.
          const lemma = rule.strip !== '' && this.lemmaOf(surface) === surface ? surface : root;
          forms.set(form, { lemma, surface, link: rule.add });
        }
      }
    }
    return forms;
  }

  /** Reads the affix file and the word list (`word/FLAGS` per line after a count line). */
  static parse(affText: string, dicText: string): HunspellLexicon {
    const { suffixes, flags } = parseAffixFile(affText);
    const roots = new Map<string, string>();
    const excluded = new Set<string>();
    const forbidden = flags.forbidden;
    // One pass with indexOf and character codes: this runs once per process over ~150 000 lines.
    let at = dicText.indexOf('\n') + 1; // the first line is the entry count
    while (at > 0 && at < dicText.length) {
      let end = dicText.indexOf('\n', at);
      if (end < 0) end = dicText.length;
      let lineEnd = end;
      while (lineEnd > at && dicText.charCodeAt(lineEnd - 1) <= 32) lineEnd--;
      const slash = dicText.indexOf('/', at);
      const wordEnd = slash >= 0 && slash < lineEnd ? slash : lineEnd;
      const kind = letterCase(dicText.charCodeAt(at));
      const startAt = at;
      at = end + 1;
      if (wordEnd === startAt || kind === 'other') continue;
      const word = dicText.slice(startAt, wordEnd);
      if (kind === 'upper') {
        // A name ("Sandgren") is no compound of sand + gren, and never a part of one here.
        excluded.add(word.toLowerCase());
        continue;
      }
      const wordFlags = wordEnd < lineEnd ? dicText.slice(wordEnd + 1, lineEnd) : '';
      if (forbidden !== null && wordFlags.includes(forbidden)) {
        excluded.add(word);
        continue;
      }
      // A word listed twice (noun and adjective "kort") has the flags of both entries.
      const before = roots.get(word);
      roots.set(word, before === undefined ? wordFlags : before + wordFlags);
    }
    for (const word of excluded) if (roots.has(word)) excluded.delete(word);
    return new HunspellLexicon(roots, excluded, suffixes, flags);
  }

  /** How many roots were read. */
  get size(): number {
    return this.roots.size;
  }

  /** True when the spelling is a name or a form the dictionary forbids, and not also a word. */
  isExcluded(form: string): boolean {
    return this.excluded.has(form) || (form.endsWith('s') && this.excluded.has(form.slice(0, -1)));
  }

  /** The root of a word standing alone ("platserna" → "plats"), or undefined. */
  lemmaOf(form: string): string | undefined {
    const own = this.roots.get(form);
    if (own !== undefined && !this.has(own, this.flags.onlyInCompound) && !this.has(own, this.flags.needAffix)) return form;
    return this.undoSuffix(form, this.inflections, (flags) => !this.has(flags, this.flags.onlyInCompound))?.lemma;
  }

  /** The root of a form that may end a compound, inflected or not ("platser" → "plats"). */
  lastPart(form: string): string | undefined {
    const own = this.roots.get(form);
    if (own !== undefined && this.has(own, this.flags.end) && !this.has(own, this.flags.needAffix)) return form;
    return this.undoSuffix(form, this.inflections, (flags) => this.has(flags, this.flags.end))?.lemma;
  }

  /**
   * A form that may begin or stand inside a compound: a root flagged for either place, or one of
   * a root's compound-only linking forms ("läkemedels", "tjänste", "korttids"). The dictionary
   * flags few words for the middle alone, and a first part serves there as well in practice.
   */
  innerPart(form: string): LinkingForm | undefined {
    return this.innerForms.get(form);
  }

  /**
   * A compound-only root is read as the word it shortens: a word that dropped its final vowel
   * ("läkar" → läkare) or took a linking letter ("kvinno" → kvinna + o, "tjänste" → tjänst + e).
   * Others stand as listed ("korttids").
   */
  private linkedRoot(root: string): LinkingForm {
    for (const vowel of ['e', 'a'])
      if (this.lemmaOf(root + vowel) === root + vowel) return { lemma: root + vowel, surface: root, link: '' };
    const link = root.at(-1)!;
    if (LINK_LETTERS.includes(link)) {
      const surface = root.slice(0, -1);
      for (const lemma of [surface, `${surface}a`, `${surface}e`]) {
        if (this.lemmaOf(lemma) === lemma) return { lemma, surface, link };
      }
    }
    return { lemma: root, surface: root, link: '' };
  }

  /**
   * The first reading of `form` as root + suffix by a rule of `index` on a root whose flags pass
   * `accept`; the longest ending is tried first, so "platserna" is plats + erna.
   */
  private undoSuffix(form: string, index: RuleIndex, accept: (flags: string) => boolean): LinkingForm | undefined {
    for (const k of index.lengths) {
      if (k >= form.length) continue;
      const rules = index.rules(k === 0 ? '' : form.slice(form.length - k));
      if (rules === undefined) continue;
      const surface = form.slice(0, form.length - k);
      for (const rule of rules) {
        const root = surface + rule.strip;
        const flags = this.roots.get(root);
        if (flags !== undefined && flags.includes(rule.flag) && rule.condition.test(root) && accept(flags))
          return { lemma: root, surface, link: rule.add };
      }
    }
    return undefined;
  }

  private has(flags: string, flag: string | null): boolean {
    return flag !== null && flags.includes(flag);
  }

  private hasAny(flags: string, wanted: string): boolean {
    for (const flag of wanted) if (flags.includes(flag)) return true;
    return false;
  }
}

/** Whether a word starts with a lower-case letter, a capital (a name) or something else (a number, a sign). */
function letterCase(code: number): 'lower' | 'upper' | 'other' {
  if (code >= 97 && code <= 122) return 'lower';
  if (code >= 65 && code <= 90) return 'upper';
  if (code < 128) return 'other';
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase() ? 'lower' : char !== char.toLowerCase() ? 'upper' : 'other';
}
