import { dayMonth, longDate, shortDate } from './calendar.js';
import { wrapText } from './line-wrap.js';
import type { ItemModel, MeetingModel } from './meeting-model.js';
import type { Random } from './random.js';
import type { Attendance } from './roster.js';

/** The line every generated file carries in its letterhead. */
export const SYNTHETIC_MARKER = 'SYNTETISKT TESTDOKUMENT – genererat av Rådslag';

interface OutLine {
  text: string;
  /** A page may break before this line: inside a paragraph. */
  breakable: boolean;
  /** A short line that may recur in the document (a presenter, a sub-heading, a heading). */
  recurring?: boolean;
}

export interface RenderOptions {
  /** Text for the PDF typesetter: no indentation, trailing blanks or page markers (it sets its own). */
  forPdf: boolean;
}

/**
 * A planned meeting as the published minutes print it (see data/minutes/*.txt): letterhead with
 * the synthetic marker, kind line, title, labelled fields, attendance by organisation, numbered or
 * §-numbered items with wrapped titles and presenters, paragraphs with soft line breaks and
 * hyphenation, bullets, page markers "N (M)", the signature block and the next meeting.
 */
export function renderMinutes(m: MeetingModel, random: Random, opts: RenderOptions): string {
  const out: OutLine[] = [];
  const txt = !opts.forPdf;
  const push = (text: string, breakable = false, recurring = false): void =>
    void out.push({ text: txt && text !== '' && random.chance(0.35) ? `${text} ` : text, breakable, recurring });
  const blank = (): void => void out.push({ text: txt && random.chance(0.4) ? ' ' : '', breakable: false });
  const width = random.int(70, 76);

  for (const line of m.body.letterhead) push(line);
  push(SYNTHETIC_MARKER);
  blank();
  const kind = m.body.layout === 'council-notes' ? 'MÖTESANTECKNINGAR' : 'PROTOKOLL';
  push(m.diaryNumber ? `${kind} ${m.diaryNumber}` : kind);
  blank();
  for (const line of m.body.titleLines) push(line);
  blank();
  if (m.body.layout === 'committee-protocol') {
    push(`Sammanträdesdatum: ${m.date}`);
    push(`Tid och plats: ${shortDate(m.date)} kl. ${dotted(m.startTime)}–${dotted(m.endTime)}, ${m.place}`);
    blank();
    committeeAttendance(m, push);
    blank();
    if (m.adjuster) push(`Justerare: ${m.adjuster.person.name}`);
  } else {
    push(`Datum ${longDate(m.date)}`);
    blank();
    push(m.body.layout === 'council-notes' ? `Tid Kl. ${m.startTime}-${m.endTime}` : `Tid Kl. ${dotted(m.startTime)}–${dotted(m.endTime)}`);
    blank();
    push(`Plats ${m.place}`);
    blank();
    councilAttendance(m.attendees, m.body.layout === 'council-notes', push, blank, random);
  }
  blank();
  for (const item of m.items) {
    blank();
    renderItem(item, m.body.layout === 'committee-protocol', width, txt, push, blank, random);
  }
  blank();
  footer(m, push, blank);
  return (txt ? paginate(out, random) : out.map((l) => l.text)).join('\n') + '\n';
}

const dotted = (clock: string): string => clock.replace(':', '.');

function councilAttendance(
  attendees: readonly Attendance[],
  notes: boolean,
  push: (t: string) => void,
  blank: () => void,
  random: Random,
): void {
  const groups = new Map<string, Attendance[]>();
  for (const a of attendees)
    (groups.get(a.member.organisation) ?? groups.set(a.member.organisation, []).get(a.member.organisation)!).push(a);
  let first = true;
  for (const [label, people] of groups) {
    const names = people.map((a) => (a.remote ? `${a.member.person.name} (länk)` : a.member.person.name));
    const staff = people[0]!.member.staff;
    // The samples put "Förvaltningen:" on a line of its own, after a gap, with the names below.
    const ownLine = staff && notes;
    if (ownLine) {
      blank();
      push(first ? `Närvarande ${label}:` : `${label}:`);
    }
    const lead = ownLine ? '' : `${first ? 'Närvarande ' : ''}${label}: ${first ? ' ' : ''}`;
    for (const line of wrapNames(names, 62, lead, random)) push(line);
    first = false;
  }
}

/**
 * Names separated by commas, wrapped: a line ends with a comma, or — as in the samples ("Malin" /
 * "Håkansson") — inside a name right after its first word.
 */
function wrapNames(names: readonly string[], width: number, lead: string, random: Random): string[] {
  const lines: string[] = [];
  let line = lead;
  names.forEach((name, i) => {
    const piece = i < names.length - 1 ? `${name},` : name;
    const sep = line === '' || line.endsWith(' ') ? '' : ' ';
    if ((line + sep + piece).length <= width || line.trim() === '' || line === lead) {
      line += sep + piece;
      return;
    }
    const [firstWord, ...rest] = name.split(' ');
    if (rest.length > 0 && !name.includes('(') && random.chance(0.3) && (line + sep + firstWord!).length <= width) {
      lines.push(line + sep + firstWord!);
      line = `${rest.join(' ')}${i < names.length - 1 ? ',' : ''}`;
    } else {
      lines.push(line);
      line = piece;
    }
  });
  if (line !== '') lines.push(line);
  return lines;
}

function committeeAttendance(m: MeetingModel, push: (t: string) => void): void {
  push('Närvarande ledamöter');
  for (const a of m.attendees.filter((x) => !x.member.staff)) {
    push(`${a.member.person.name} (${a.member.organisation})${a.remote ? ' (länk)' : ''}${a.role ? `, ${a.role}` : ''}`);
  }
  push('Tjänstepersoner');
  for (const a of m.attendees.filter((x) => x.member.staff))
    push(`${a.member.person.name}${a.remote ? ' (länk)' : ''}${a.role ? `, ${a.role}` : ''}`);
}

function renderItem(
  item: ItemModel,
  committee: boolean,
  width: number,
  txt: boolean,
  push: (t: string, b?: boolean, r?: boolean) => void,
  blank: () => void,
  random: Random,
): void {
  const [first, rest] = wrapTitle(item, random);
  push(`${item.number}${txt && random.chance(0.1) ? '       ' : ' '}${first}`, false, true);
  if (rest) push(rest, false, true);
  if (item.presenters.length > 0) {
    const names = item.presenters.map((p) => p.name);
    const list = names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;
    push(`${txt && random.chance(0.3) ? ' ' : ''}${committee ? 'Föredragande: ' : ''}${list}`, false, true);
  }
  blank();
  for (const block of item.blocks) {
    const text = block.segments.map((s) => s.text).join(' ');
    const indent = txt && random.chance(0.5) ? ' ' : '';
    if (block.type === 'subheading') push(`${indent}${text}`, false, true);
    else {
      const lines = wrapText(
        text,
        { width: block.type === 'bullet' ? width - 2 : width, hyphenation: 0.5, bullet: block.type === 'bullet' },
        random,
      );
      lines.forEach((line, i) => push(i === 0 ? `${block.type === 'bullet' ? '• ' : indent}${line}` : line, i > 0));
    }
    blank();
  }
}

/** A long title wraps where the rest still reads as its continuation (lower case, or short before the presenters). */
function wrapTitle(item: ItemModel, random: Random): [string, string | null] {
  if (item.title.length <= 48 || !random.chance(0.7)) return [item.title, null];
  const words = item.title.split(' ');
  for (let k = words.length - 1; k > 0; k--) {
    const head = words.slice(0, k).join(' ');
    const tail = words.slice(k).join(' ');
    if (head.length > 56) continue;
    if (/^\p{Ll}/u.test(tail) || (item.presenters.length > 0 && tail.length <= 40 && !/[.!?:]$/.test(tail))) return [head, tail];
    break;
  }
  return [item.title, null];
}

function footer(m: MeetingModel, push: (t: string) => void, blank: () => void): void {
  if (m.body.layout === 'council-notes') {
    push('Vid anteckningarna');
    blank();
    push(m.secretary.person.name);
    blank();
    blank();
    push(`Nästa möte i rådet hålls den ${dayMonth(m.nextDate, false)}, kl. ${m.nextTime}`);
    return;
  }
  push('Vid protokollet');
  blank();
  push(m.secretary.person.name);
  blank();
  push('Ordförande');
  blank();
  push(m.chair.person.name);
  if (m.adjuster) {
    blank();
    push('Justerare');
    blank();
    push(m.adjuster.person.name);
  }
  blank();
  push(`Nästa sammanträde hålls den ${dayMonth(m.nextDate, m.body.layout === 'committee-protocol')} kl. ${dotted(m.nextTime)}.`);
}

/**
 * Page markers "N (M)" every ~50 lines, inside a paragraph; sometimes "1 (M)" above the letterhead.
 * No page breaks near a recurring short line (a presenter, "Rådets kommentarer"): at the foot of
 * one page and the head of the next it would read as a running header, which the parser drops.
 */
function paginate(lines: readonly OutLine[], random: Random): string[] {
  const breaks: number[] = [];
  let since = 0;
  let target = random.int(46, 54);
  // The parser looks at the first four and last three lines with text on a page.
  const content = (from: number, step: number, n: number): OutLine[] => {
    const found: OutLine[] = [];
    for (let j = from; j >= 0 && j < lines.length && found.length < n; j += step) if (lines[j]!.text.trim() !== '') found.push(lines[j]!);
    return found;
  };
  const nearRecurring = (i: number): boolean => [...content(i - 1, -1, 4), ...content(i, 1, 5)].some((l) => l.recurring === true);
  lines.forEach((line, i) => {
    since++;
    if (since >= target && line.breakable && !nearRecurring(i)) {
      breaks.push(i);
      since = 0;
      target = random.int(46, 54);
    }
  });
  const total = breaks.length + 1;
  const marker = (n: number): string[] => [
    '',
    random.pick(['', ' ']),
    `${random.pick(['', ' '])}${n} (${total}) `,
    random.pick(['', '   ']),
    '',
  ];
  const out: string[] = random.chance(0.5) ? ['', ' ', ...marker(1).slice(2)] : [];
  let page = 2;
  lines.forEach((line, i) => {
    if (breaks.includes(i)) out.push(...marker(page++));
    out.push(line.text);
  });
  return out;
}
