import type { Attendee, ParseWarning } from '../../shapes/minutes.schema.js';

/** A line of an attendance block, with its source line number. */
export interface BlockLine {
  text: string;
  no: number;
}

const REMOTE = /\(\s*(?:via\s+)?(?:länk|digitalt|digital|distans|på distans|teams|zoom|video|telefon)\s*\)/iu;
const PARTY = /\(\s*(S|M|V|C|L|KD|MP|SD|Fi|FP|Kd|Mp|Sd)\s*\)/u;
const ROLE_ONLY = /^(?:(?:1:e|2:e|förste|andre)\s+)?(?:vice\s+)?(?:ordförande|ersättare|ledamot|sekreterare|justerare|adjungerad|tjänstgörande ersättare|föredragande)$/iu;
const REPLACES = /\s+ersätter\s+(.+)$/iu;
const NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:von|af|de|van|der|den|la|du|[\p{Lu}][\p{L}'’.-]*))*$/u;
/** "PRO:", "SPF Seniorerna:", "Förvaltningen:" — an organisation heading inside the list. */
const GROUP_LABEL = /^([\p{Lu}][\p{L}\d .&/()-]{0,48}?)\s*:\s*(.*)$/u;

interface Part {
  text: string;
  no: number;
  organisation: string | null;
}

/**
 * Reads an attendance block: people grouped under organisation labels ("SKPF: …"), separated by
 * commas or "och", wrapped across lines (also inside a name: "Malin" / "Håkansson"), with
 * "(länk)" for remote attendance, party abbreviations "(S)" and roles ("ordförande",
 * "ersätter X"). `defaultRole` comes from the block's label ("Tjänstgörande ersättare").
 */
export function parseAttendees(block: readonly BlockLine[], defaultRole: string | null, warnings: ParseWarning[]): Attendee[] {
  const parts = splitParts(block);
  const attendees: Attendee[] = [];
  for (const part of parts) {
    let text = part.text.trim().replace(/[.;]$/, '').trim();
    if (!text) continue;
    // "Fredrik Falk, förvaltningschef": a lower-case part is the previous person's role.
    if (ROLE_ONLY.test(text) || (/^\p{Ll}[\p{L} -]*$/u.test(text) && attendees.length > 0)) {
      const last = attendees.at(-1);
      if (last) last.role = text.toLowerCase();
      continue;
    }
    let role: string | null = defaultRole;
    const replaces = REPLACES.exec(text);
    if (replaces) {
      role = `ersätter ${replaces[1]!.replace(PARTY, '').trim()}`;
      text = text.slice(0, replaces.index);
    }
    const remote = REMOTE.test(text);
    text = text.replace(REMOTE, ' ');
    const party = PARTY.exec(text);
    text = text.replace(PARTY, ' ');
    const trailingRole = /\s+((?:vice\s+)?ordförande|sekreterare|ersättare)$/iu.exec(text.trim());
    if (trailingRole) {
      role = trailingRole[1]!.toLowerCase();
      text = text.trim().slice(0, -trailingRole[0].length);
    }
    const name = text.replace(/\s+/g, ' ').trim();
    if (!NAME.test(name) || name.split(' ').length > 5) {
      warnings.push({ code: 'unrecognised_attendee', message: `Could not read a name in the attendance list: "${part.text.trim()}"`, line: part.no });
      continue;
    }
    attendees.push({ name, organisation: part.organisation ?? party?.[1] ?? null, remote, role });
  }
  return attendees;
}

function splitParts(block: readonly BlockLine[]): Part[] {
  const parts: Part[] = [];
  let organisation: string | null = null;
  // A name cut at the end of a line ("Malin" / "Håkansson") waits here for its other half.
  let carry = null as Part | null;
  // The last name of a line that ended without a comma: the next line may finish it.
  let openTail = null as Part | null;
  for (const line of block) {
    let text = line.text.trim();
    if (!text) continue;
    const label = GROUP_LABEL.exec(text);
    if (label && !/^\d/.test(label[1]!)) {
      organisation = label[1]!.trim();
      text = label[2]!.trim();
      if (carry) parts.push(carry);
      carry = null;
    }
    if (!text) continue;
    const pieces = text.split(/\s*,\s*|\s+och\s+|\s+samt\s+|\s*&\s*/u).filter((p) => p.trim().length > 0);
    if (carry && pieces.length > 0) {
      pieces[0] = `${carry.text} ${pieces[0]}`;
      carry = null;
    } else if (openTail && pieces.length > 0 && /^[\p{Lu}][\p{L}'’-]*$/u.test(pieces[0]!.trim()) && (pieces.length > 1 || /,\s*$/.test(text))) {
      // "Christina Gabriella" / "Zaunders, Ewa Kardell": a surname alone at the start of the next
      // line finishes the name the previous line left open.
      openTail.text = `${openTail.text} ${pieces.shift()!.trim()}`;
    }
    openTail = null;
    const endsOpen = !/[,;]$/.test(text);
    pieces.forEach((piece, i) => {
      const part: Part = { text: piece, no: line.no, organisation };
      const isLast = i === pieces.length - 1;
      if (isLast && endsOpen && /^[\p{Lu}][\p{L}-]*$/u.test(piece.trim())) carry = part;
      else {
        parts.push(part);
        if (isLast && endsOpen) openTail = part;
      }
    });
  }
  if (carry) parts.push(carry);
  return parts;
}
