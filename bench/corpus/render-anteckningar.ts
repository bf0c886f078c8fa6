import type { AnteckningarStyle } from './bodies.js';
import { commaDate, dayMonth, longDate, numericDate, weekdayOf } from './calendar.js';
import { bodyBlocks, keepHeadingsWithNext } from './item-lines.js';
import type { ItemModel, MeetingModel } from './meeting-model.js';
import { paginate, type FlowBlock } from './paginate.js';
import { wrapText } from './line-wrap.js';
import { habit, type Random } from './random.js';
import type { Attendance } from './roster.js';
import { blankLine, rightCell, textLine, TEXT_WIDTH, type Sheet, type SheetLine } from './sheet.js';

const PAGE_LINES = 58;

const dotted = (clock: string): string => clock.replace(':', '.');

/**
 * Minnes- or mötesanteckningar (docs/layouts.md §3): the municipality and administration, a title
 * in the council's form, a date line in one of the Swedish forms (or none), place, the people
 * present — grouped under organisation headings, one "Name, Org" per line, or one paragraph of
 * "Name (Org)" where the parentheses may hold a title — and those with förhinder (not present),
 * then items numbered "1.", "1)", "Punkt 1." or not at all, the next meeting, and who took the notes.
 * `paged`: a PDF's pages (with "Sida N av M" when the council prints it); else one flowing text.
 */
export function renderAnteckningar(m: MeetingModel, style: AnteckningarStyle, random: Random, paged: boolean): Sheet {
  const key = m.body.key;
  const municipality = m.body.municipality ?? m.body.letterhead[0];
  const lines: SheetLine[] = [];
  const push = (...texts: string[]): void => void lines.push(...texts.map((t) => (t === '' ? blankLine() : textLine(t))));

  push(style.title === 'caps' ? municipality.toLocaleUpperCase('sv-SE') : municipality, m.body.letterhead[1], '');
  const council = m.body.name === 'Kommunala pensionärsrådet' ? `${m.body.name} (KPR)` : m.body.name;
  if (style.title === 'caps') push('MINNESANTECKNINGAR', '', council, '');
  else if (style.title === 'dash') push(`Mötesanteckningar – ${council}`);
  else if (style.title === 'from-meeting') push(`Anteckningar från ${genitive(m.body.name)} möte`, '');
  else push('Minnesanteckningar', `${council}, ${municipality}`, '');

  const dated = m.dateSource === 'text';
  const times = `${dotted(m.startTime)}–${dotted(m.endTime)}`;
  if (!dated) push(`Plats: ${m.place}`);
  else if (style.dateForm === 'meeting-iso') push(`Möte ${m.date}, kl. ${times}`, `Plats: ${m.place}`);
  else if (style.dateForm === 'weekday-comma') push(commaDate(m.date), `Kl. ${times}, ${m.place}`);
  else if (style.dateForm === 'numeric-dot') push(`Datum och tid: ${numericDate(m.date, 'dot')}, kl. ${times}`, `Plats: ${m.place}`);
  else push(`Datum: ${longDate(m.date)}`, `Tid: kl. ${times}`, `Plats: ${m.place}`);
  push('', '');

  lines.push(...attendance(m, style, habit(key, 'att-label', 2) === 0));
  if (m.absent.length > 0) {
    const names = m.absent.map((a) => `${a.person.name} (${a.organisation})`).join(', ');
    for (const part of wrapText(`${style.absentLabel}: ${names}`, { width: TEXT_WIDTH, hyphenation: 0 }, random)) push(part);
  }
  push('', '');

  const bullet = ['•', '-'][habit(key, 'bullet', 2)]!;
  const blocks: FlowBlock[] = [{ lines: [...lines], keep: true }];
  m.items.forEach((item) => {
    const heading = [
      textLine(itemHeading(item, style)),
      ...(presentersPrinted(style) && item.presenters.length > 0 ? [textLine(item.presenters.map((p) => p.name).join(', '))] : []),
    ];
    // A heading without a number keeps the space a word processor puts above it, and the
    // sub-headings under it end with a colon: so a reader can tell them apart.
    if (style.numbering === 'none') heading.unshift(blankLine());
    const body = bodyBlocks(
      item.blocks,
      { bullet, wrap: true, hyphenation: 0.2, item: null, subheadingColon: style.numbering === 'none' },
      random,
    );
    // The heading stays with its first paragraph.
    const first = body.shift();
    blocks.push({ lines: [...heading, ...(first?.lines ?? [])], keep: true, item: item.title, startsItem: true });
    blocks.push(...keepHeadingsWithNext(body));
  });

  const closing: SheetLine[] = [
    textLine(`Nästa möte: ${nextMeeting(m, style)}`),
    blankLine(),
    textLine(style.secretaryLabel),
    textLine(m.secretary.person.name),
  ];
  if (m.adjuster) closing.push(blankLine(), textLine('Justeras:'), textLine(m.adjuster.person.name));
  blocks.push({ lines: [blankLine(), ...closing], keep: true });

  if (!paged) return { pages: [{ lines: blocks.flatMap((b) => b.lines), foot: [] }], pageBreak: 'formfeed' };
  const { pages } = paginate(blocks, {
    capacity: () => PAGE_LINES - (style.pageMarker === 'sida-av' ? 3 : 0),
    head: () => [],
    foot: (page, total) => (style.pageMarker === 'sida-av' ? [{ cells: [rightCell(`Sida ${page + 1} av ${total}`)] }] : []),
  });
  return { pages, pageBreak: 'formfeed' };
}

/** Under a numbered heading, the presenters' names stand on a line of their own; unnumbered headings have none. */
export const presentersPrinted = (style: AnteckningarStyle): boolean => style.numbering !== 'none';

/** "pensionärsrådets" from "Pensionärsrådet". */
const genitive = (name: string): string => `${name.charAt(0).toLowerCase()}${name.slice(1)}s`;

function itemHeading(item: ItemModel, style: AnteckningarStyle): string {
  switch (style.numbering) {
    case 'dot':
      return `${item.number}. ${item.title}`;
    case 'paren':
      return `${item.number}) ${item.title}`;
    case 'punkt':
      return `Punkt ${item.number}. ${item.title}`;
    case 'none':
      return item.title;
  }
}

/** The next meeting in the notes' own short forms, often without the year. */
function nextMeeting(m: MeetingModel, style: AnteckningarStyle): string {
  const time = `kl. ${dotted(m.nextTime)}`;
  if (style.dateForm === 'numeric-dot') return `${weekdayOf(m.nextDate)} ${numericDate(m.nextDate, 'dot')} ${time}`;
  if (style.dateForm === 'weekday-comma') return `${numericDate(m.nextDate, 'slash', false)} ${time}`;
  return `${weekdayOf(m.nextDate)}en den ${dayMonth(m.nextDate, style.dateForm === 'long')} ${time}`;
}

/** A member's party in parentheses, an organisation after a comma or in parentheses, a role or title. */
function attendance(m: MeetingModel, style: AnteckningarStyle, colon: boolean): SheetLine[] {
  const label = colon ? 'Närvarande:' : 'Närvarande';
  const role = (a: Attendance): string | null => (a.member.staff ? null : a.role);
  const out: SheetLine[] = [];
  if (style.attendance === 'grouped') {
    out.push(textLine(label), blankLine());
    const politicians = m.attendees.filter((a) => a.member.party);
    if (politicians.length > 0) {
      out.push(textLine('Politiker'));
      for (const a of politicians) out.push(textLine(`${a.member.person.name} (${a.member.organisation})${role(a) ? `, ${role(a)}` : ''}`));
      out.push(blankLine());
    }
    const groups = new Map<string, Attendance[]>();
    for (const a of m.attendees.filter((x) => !x.member.party && !x.member.staff))
      (groups.get(a.member.organisation) ?? groups.set(a.member.organisation, []).get(a.member.organisation)!).push(a);
    for (const [org, people] of groups) {
      out.push(textLine(org));
      for (const a of people) out.push(textLine(`${a.member.person.name}${role(a) ? `, ${role(a)}` : ''}`));
      out.push(blankLine());
    }
    out.push(textLine('Tjänstepersoner'));
    for (const a of m.attendees.filter((x) => x.member.staff)) out.push(textLine(`${a.member.person.name}, ${a.role}`));
    out.push(blankLine());
    return out;
  }
  if (style.attendance === 'lines') {
    out.push(textLine(label));
    for (const a of m.attendees) {
      const r = role(a);
      if (a.member.staff) out.push(textLine(`${a.member.person.name}, ${a.role}`));
      else if (a.member.party) out.push(textLine(`${a.member.person.name}${r ? `, ${r}` : ''} (${a.member.organisation})`));
      else out.push(textLine(`${a.member.person.name}, ${a.member.organisation}${r ? `, ${r}` : ''}`));
    }
    out.push(blankLine());
    return out;
  }
  // One paragraph: the parentheses hold a party, an organisation, or an official's title.
  const entry = (a: Attendance): string => {
    const r = role(a);
    if (a.member.staff) return `${a.member.person.name} (${a.role})`;
    return `${a.member.person.name} (${a.member.organisation}${r && r !== 'ordförande' ? `, ${r}` : ''})${r === 'ordförande' ? ' ordförande' : ''}`;
  };
  const text = `${label} ${m.attendees.map(entry).join(', ')}.`;
  const wrapped = wrapLine(text, TEXT_WIDTH);
  for (const line of wrapped) out.push(textLine(line));
  out.push(blankLine());
  return out;
}

/** Greedy wrapping without hyphenation, never inside a parenthesis' first word. */
function wrapLine(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') out.push(line);
  return out;
}
