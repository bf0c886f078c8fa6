import type { Attendee, ParseWarning } from '../../shapes/minutes.schema.js';
import { parseAttendees } from './attendees.js';
import type { Field, FieldName } from './header.js';
import { joinAll } from './join.js';
import type { AttendanceRow } from './tables.js';

/** The fields that list people present, with the role their label gives. */
const ATTENDEE_FIELDS: ReadonlyMap<FieldName, (label: string) => string | null> = new Map<FieldName, (label: string) => string | null>([
  ['attendees', () => null],
  ['members', () => 'ledamot'],
  ['substitutes', (label) => (/^tjänstgörande/iu.test(label) ? 'tjänstgörande ersättare' : 'ersättare')],
  ['others', () => null],
]);

export const ATTENDANCE_FIELD_NAMES: ReadonlySet<FieldName> = new Set([...ATTENDEE_FIELDS.keys(), 'absent']);

/**
 * The people present: those the attendance fields list (not `Frånvarande`, `Förhinder`, nor a
 * replaced member), else those an attendance table marks present.
 */
export function readAttendees(fields: readonly Field[], rows: readonly AttendanceRow[], warnings: ParseWarning[]): Attendee[] {
  const attendees: Attendee[] = [];
  const seen = new Set<string>();
  const add = (people: readonly Attendee[]): void => {
    for (const person of people) {
      const key = person.name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      attendees.push(person);
    }
  };
  for (const field of fields) {
    const role = ATTENDEE_FIELDS.get(field.name);
    if (role) add(parseAttendees(field.lines, role(field.label), warnings));
  }
  if (attendees.length === 0) {
    const present = rows.filter((r) => r.present).map((r) => ({ text: r.person, no: r.no }));
    if (present.length > 0) add(parseAttendees(present, null, warnings));
  }
  return attendees;
}

export interface Officers {
  chair: string | null;
  secretary: string | null;
  adjusters: string[];
}

/**
 * Chair, secretary and adjusters: from the signature block, else the head's fields, else (chair
 * and secretary) the role beside a name in the attendance list, else (adjusters) the items' text.
 * The chair is not an adjuster. The chair's role is written into the attendance list where it
 * says nothing else of that person.
 */
export function readOfficers(
  signatures: Officers,
  fields: readonly Field[],
  attendees: Attendee[],
  proseAdjusters: () => string[],
): Officers {
  const secretary =
    signatures.secretary ??
    firstName(fieldText(fields, 'secretary')) ??
    attendees.find((a) => /sekreterare$/iu.test(a.role ?? ''))?.name ??
    null;
  const chair = signatures.chair ?? firstName(fieldText(fields, 'chair')) ?? attendees.find((a) => a.role === 'ordförande')?.name ?? null;
  const adjusters = [...signatures.adjusters];
  for (const field of fields) {
    if (field.name !== 'adjusters') continue;
    for (const name of namesIn(joinAll(field.lines.map((l) => l.text)))) if (!adjusters.includes(name)) adjusters.push(name);
  }
  if (adjusters.length === 0) adjusters.push(...proseAdjusters());
  const chairPerson = chair ? attendees.find((a) => a.name.toLowerCase() === chair.toLowerCase()) : undefined;
  if (chairPerson && (chairPerson.role === null || chairPerson.role === 'ledamot')) chairPerson.role = 'ordförande';
  return { chair, secretary, adjusters: adjusters.filter((a) => a !== chair) };
}

export function fieldText(fields: readonly Field[], name: FieldName): string | null {
  const field = fields.find((f) => f.name === name && f.lines.length > 0);
  if (!field || field.lines.length === 0) return null;
  return joinAll(field.lines.map((l) => l.text));
}

function firstName(text: string | null): string | null {
  return namesIn(text)[0] ?? null;
}

function namesIn(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/\s*,\s*|\s+och\s+/u)
    .map((n) => n.replace(/\s*\([^)]*\)/g, '').trim())
    .filter((n) => /^[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){1,3}$/u.test(n));
}
