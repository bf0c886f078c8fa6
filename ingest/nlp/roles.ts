import type { PeopleIndex } from './people-index.js';

export interface RoleFinding {
  personKey: string;
  role: string;
}

const TITLE = String.raw`(?:[\p{Ll}-]+\s+och\s+)?[\p{Ll}-]*(?:direktör|chef|ledare|koordinator|samordnare|handläggare|strateg|utredare|medarbetare|sekreterare|ordförande|läkare|sjuksköterska|controller|analytiker|ansvarig|specialist|rådgivare|projektledare|enhetschef|avdelningschef|verksamhetschef)`;
const TITLE_RE = new RegExp(`^(?:ny\\s+|tillförordnad\\s+|biträdande\\s+)?${TITLE}`, 'iu');
// Where a role's description ends: before the verb or clause that follows it.
const CLAUSE_END = /\s*(?:,|;|\.|\soch\s(?:äger|har|kommer|ska|leder)|\s(?:öppnar|hälsar|presenterar|berättar)(?![\p{L}\p{N}]))/u;

/**
 * Roles people are given in the text:
 * - "Anders Ahlsson, hälso- och sjukvårdsdirektör, öppnar …" and "Hälso- och sjukvårdsdirektör Anders Ahlsson …"
 * - "Karin arbetar som projektledare vid planeringsenheten …"
 * - "Matilda är enhetschef vid utredning och beställarstöd …", "Fanny är projektledare för …"
 * - "Janne arbetar vid enheten för … som strategisk koordinator för prehospital vård."
 * - "Fanny projektleder arbetet …" → projektledare
 * - "Stefan och Pär arbetar vid enheten individuella vårdärenden (IVÄ)."
 */
export function findRoles(text: string, people: PeopleIndex): RoleFinding[] {
  const found: RoleFinding[] = [];
  const add = (key: string, role: string): void => {
    const clean = role
      .replace(/\s+/g, ' ')
      .replace(/[\s,.;]+$/, '')
      .trim();
    if (clean.length >= 3 && clean.length <= 120 && !found.some((f) => f.personKey === key && f.role === clean))
      found.push({ personKey: key, role: clean });
  };
  const mentions = people.find(text);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const after = text.slice(m.end);
    const before = text.slice(0, m.start);
    // "Stefan och Pär arbetar vid …": both get the role.
    const partner =
      /^\s+och\s+/u.exec(after) && mentions[i + 1] && mentions[i + 1]!.start === m.end + /^\s+och\s+/u.exec(after)![0].length
        ? mentions[i + 1]!
        : null;
    const subjectKeys = partner ? [m.key, partner.key] : [m.key];
    const rest = partner ? text.slice(partner.end) : after;

    const apposition = new RegExp(`^,\\s*(${TITLE}(?:\\s+(?:vid|för|på|inom)\\s+[^,.;]+)?)\\s*,`, 'iu').exec(rest);
    if (apposition) subjectKeys.forEach((k) => add(k, apposition[1]!));

    const preceding = new RegExp(`(${TITLE})\\s+$`, 'iu').exec(before.slice(-60));
    if (preceding && /^(?:\p{Lu}|\p{Ll})/u.test(preceding[1]!)) add(m.key, preceding[1]!.toLowerCase());

    const worksAs =
      /^\s+arbetar\s+(?:som\s+(.+?)(?:\s+och\s+har\s|,|\.(?:\s|$))|vid\s+(.+?)\s+som\s+(.+?)(?:\.(?:\s|$)|,\s*\p{Lu})|vid\s+(.+?)(?:\.(?:\s|$)|,|\s+och\s))/u.exec(
        rest,
      );
    if (worksAs) {
      if (worksAs[1]) subjectKeys.forEach((k) => add(k, cut(worksAs[1]!)));
      else if (worksAs[2] && worksAs[3]) subjectKeys.forEach((k) => add(k, `${cut(worksAs[3]!)} vid ${worksAs[2]}`));
      else if (worksAs[4]) subjectKeys.forEach((k) => add(k, `arbetar vid ${worksAs[4]}`));
    }

    const is = /^\s+är\s+(.+?)(?:,|\.(?:\s|$)|\s+och\s+(?:äger|har|kommer|ska|leder)(?![\p{L}\p{N}]))/u.exec(rest);
    if (is && TITLE_RE.test(is[1]!)) subjectKeys.forEach((k) => add(k, cut(is[1]!)));

    // "Fanny projektleder arbetet …", "Malin arbetar vid … och projektleder arbetet …" (same sentence).
    if (/^\s+(?:[^.]*?\soch\s+)?projektleder(?![\p{L}\p{N}])/u.test(rest.split(/\.\s/u)[0]!))
      subjectKeys.forEach((k) => add(k, 'projektledare'));
  }
  return found;
}

function cut(role: string): string {
  const end = CLAUSE_END.exec(role);
  return (end ? role.slice(0, end.index) : role).trim();
}
