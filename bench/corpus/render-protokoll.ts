import type { ProtokollStyle } from './bodies.js';
import { addDays, dayMonth, longDate, shortDate, weekdayOf } from './calendar.js';
import { bodyBlocks, keepHeadingsWithNext } from './item-lines.js';
import type { ItemModel, MeetingModel } from './meeting-model.js';
import { paginate, type FlowBlock } from './paginate.js';
import { cap } from './phrases.js';
import { habit, type Random } from './random.js';
import type { Attendance, Member } from './roster.js';
import {
  blankLine,
  rightCell,
  rowLine,
  SHEET_WIDTH,
  textLine,
  VALUE_COLUMN,
  type Cell,
  type Sheet,
  type SheetLine,
  type TableValue,
} from './sheet.js';

/** Lines a text page holds, head and foot included (pdftotext's A4 at 10 pt). */
const PAGE_LINES = 58;
/** Labels longer than this wrap over two lines in the label column ("Justeringens" / "plats och tid"). */
const LABEL_WIDTH = 21;
const DOTS = '..................';

const dotted = (clock: string): string => clock.replace(':', '.');

/**
 * A formal protokoll (docs/layouts.md §2) as its PDF prints it: a running head with the page
 * marker, page 1 as a label/value table (place and time, members with their parties, ersättare,
 * officials, adjuster, adjustment, signatures with the paragraph range) with the ANSLAG/BEVIS
 * block under it or on a page of its own, optionally a närvarolista that also lists the absent
 * and a table of contents, then the § items with Dnr, Ärendebeskrivning, Beslutsunderlag and
 * Beslut, "Forts. § N" where an item runs over a page.
 */
export function renderProtokoll(m: MeetingModel, style: ProtokollStyle, random: Random): Sheet {
  const key = m.body.key;
  const label = (item: ItemModel): string => `${style.prefix ? `${style.prefix} ` : ''}§ ${item.number}`;
  const municipality = m.body.municipality ?? m.body.letterhead[0];
  const adjustDate = addDays(m.date, 5 + habit(key, 'adjust', 4));

  const front: FlowBlock[] = [];
  const row = (name: string, values: readonly TableValue[]): void =>
    void front.push({ lines: [...tableRow(name, values), blankLine()], keep: true });

  // Place and time.
  const times = timeRange(m, habit(key, 'clock', 3));
  if (style.placeTime === 'together') {
    const form = habit(key, 'date-form', 3);
    const when =
      form === 0
        ? `${longDate(m.date).toLowerCase()} kl ${times}`
        : form === 1
          ? `den ${dayMonth(m.date, true)} kl. ${times}`
          : `${shortDate(m.date)} kl. ${times}`;
    row(['Plats och tid', 'Tid och plats', 'Plats och tid'][habit(key, 'place-label', 3)]!, [`${m.place},`, when]);
  } else {
    row('Tid', [`Klockan ${times}`]);
    row('Plats', [m.place]);
  }

  // Who took part.
  const seated = m.attendees.filter((a) => !a.member.staff && a.role !== 'ersättare');
  const listening = m.attendees.filter((a) => a.role === 'ersättare');
  const officials = m.attendees.filter((a) => a.member.staff);
  const ersatter = habit(key, 'ersatter', 2) === 0;
  const presented = new Map<string, string>();
  for (const item of m.items) for (const p of item.presenters) if (!presented.has(p.name)) presented.set(p.name, label(item));
  if (!m.body.councilVoice) {
    // A committee lists its members and then, under their own sub-heading, the ersättare who serve.
    const serving = seated.filter((a) => a.replaces !== null);
    row('Beslutande', [
      'Ledamöter',
      ...seated.filter((a) => a.replaces === null).map((a) => memberText(a, style, ersatter)),
      ...(serving.length > 0 ? ['', 'Tjänstgörande ersättare', ...serving.map((a) => memberText(a, style, true))] : []),
    ]);
  } else {
    row(
      ['Beslutande', 'Beslutande ledamöter', 'Ledamöter'][habit(key, 'members-label', 3)]!,
      seated.map((a) => memberText(a, style, ersatter)),
    );
  }
  if (listening.length > 0)
    row(
      ['Ej tjänstgörande ersättare', 'Närvarande ersättare', 'Ersättare'][habit(key, 'subs-label', 3)]!,
      listening.map((a) => memberText(a, style, ersatter)),
    );
  const secretaryFirst = habit(key, 'secretary-first', 2) === 0;
  const others = secretaryFirst
    ? [...officials.filter((a) => a.member === m.secretary), ...officials.filter((a) => a.member !== m.secretary)]
    : officials;
  row(
    ['Övriga deltagande', 'Övriga närvarande', 'Övriga deltagare'][habit(key, 'others-label', 3)]!,
    others.map((a) => officialText(a, style, presented, random)),
  );
  if (style.adjusterRow && m.adjuster) row(['Utses att justera', 'Justerare'][habit(key, 'adjuster-label', 2)]!, [m.adjuster.person.name]);
  row('Justeringens plats och tid', [
    `${m.place.split(',')[0]}, ${weekdayOf(adjustDate)}en den ${dayMonth(adjustDate, true)}`,
    `kl ${10 + habit(key, 'adjust-hour', 5)}.00`,
  ]);

  // Signatures: the name stands on the line below the dots; the paragraph range beside the secretary.
  const numbers = m.items.map((i) => i.number);
  const range = style.prefix ? `${style.prefix} § ${numbers[0]}–${numbers.at(-1)}` : `${numbers[0]}–${numbers.at(-1)}`;
  const rangeBeside = habit(key, 'range-beside', 2) === 0;
  const signature: SheetLine[] = [
    {
      cells: [
        { text: 'Underskrifter', column: 0 },
        { text: 'Sekreterare', column: VALUE_COLUMN },
        { text: DOTS, column: 37 },
        ...(rangeBeside
          ? [
              { text: 'Paragrafer', column: 58 },
              { text: range, column: 70 },
            ]
          : []),
      ],
    },
    { cells: [{ text: m.secretary.person.name, column: 37 }] },
    blankLine(),
    {
      cells: [
        { text: 'Ordförande', column: VALUE_COLUMN },
        { text: DOTS, column: 37 },
      ],
    },
    { cells: [{ text: m.chair.person.name, column: 37 }] },
  ];
  if (m.adjuster)
    signature.push(
      blankLine(),
      {
        cells: [
          { text: 'Justerande', column: VALUE_COLUMN },
          { text: DOTS, column: 37 },
        ],
      },
      { cells: [{ text: m.adjuster.person.name, column: 37 }] },
    );
  front.push({ lines: [...signature, blankLine()], keep: true });
  if (!rangeBeside) row('Paragrafer', [range]);

  const anslag = anslagBlock(m, style, adjustDate);
  if (style.anslagOwnPage) front.push({ ...anslag, newPage: true });
  else front.push({ lines: [textLine('-'.repeat(SHEET_WIDTH)), blankLine(), ...anslag.lines], keep: true });

  if (style.attendanceTable) front.push({ lines: attendanceTable(m, style), keep: true, newPage: true });
  const toc = style.toc ? tableOfContents(m.items, label, random) : null;
  if (toc) front.push({ lines: toc.lines, keep: true, newPage: !style.attendanceTable });

  // The items, each a heading block and its paragraphs; the first on a new page.
  const items: FlowBlock[] = [];
  // A council that keeps a diary registers its items: "Dnr VON 2024/0412" beside the § of most.
  const withDnr = m.body.diaryPrefix !== null;
  m.items.forEach((item, index) => {
    const itemLabel = label(item);
    const dnr =
      withDnr && item.presenters.length > 0 && random.chance(0.7)
        ? `Dnr ${m.body.diaryPrefix ?? 'KS'} ${m.date.slice(0, 4)}/${String(random.int(12, 1480)).padStart(4, '0')}`
        : null;
    const heading: SheetLine[] =
      style.heading === 'own-line'
        ? [
            { cells: [{ text: itemLabel, column: 0, bold: true }, ...(dnr ? [rightCell(dnr)] : [])] },
            blankLine(),
            textLine(item.title, 0, true),
            blankLine(),
          ]
        : [textLine(`${itemLabel} ${item.title}`, 0, true), ...(dnr ? [textLine(dnr)] : []), blankLine()];
    if (item.presenters.length > 0) heading.push(textLine(`Föredragande: ${joinAnd(item.presenters.map((p) => p.name))}`), blankLine());
    const body = bodyBlocks(item.blocks, { bullet: '-', wrap: true, hyphenation: 0.25, item: itemLabel }, random);
    const described = item.presenters.length > 0 && habit(key, 'description', 2) === 0;
    if (described) body.unshift({ lines: [textLine('Ärendebeskrivning')], keep: true, item: itemLabel });
    if (item.presenters.length > 0 && random.chance(0.5)) {
      const basis = random.chance(0.5)
        ? `Tjänsteskrivelse ${addDays(m.date, -random.int(6, 20))}`
        : `Presentation, ${item.title.toLowerCase()}, ${addDays(m.date, -random.int(2, 7))}`;
      body.push({ lines: [textLine('Beslutsunderlag'), textLine(basis), blankLine()], keep: true, item: itemLabel });
    }
    if (item.presenters.length > 0 && m.body.councilVoice) {
      body.push({
        lines: [
          textLine('Beslut'),
          textLine(
            `${m.body.name} ${random.pick(['tackar för informationen.', 'lägger informationen till handlingarna.', 'tar del av informationen.'])}`,
          ),
          blankLine(),
        ],
        keep: true,
        item: itemLabel,
      });
    }
    if (index === m.items.length - 1) {
      body.push({
        lines: [
          textLine(`Nästa sammanträde äger rum ${weekdayOf(m.nextDate)}en den ${dayMonth(m.nextDate, true)} kl. ${dotted(m.nextTime)}.`),
          blankLine(),
        ],
        item: itemLabel,
      });
    }
    // The rule that closes an item stays with its last lines.
    if (habit(key, 'rule', 2) === 0) body.at(-1)!.lines.push(textLine('________'), blankLine());
    items.push({ lines: heading, keep: true, item: itemLabel, startsItem: true, newPage: index === 0 });
    items.push(...keepHeadingsWithNext(body));
  });

  const head = (page: number, total: number): SheetLine[] => runningHead(m, style, municipality, page, total);
  const foot = (): SheetLine[] =>
    style.footer ? [{ cells: [{ text: 'Justerandes sign', column: 0 }, rightCell('Utdragsbestyrkande')] }] : [];
  const { pages, itemPages } = paginate([...front, ...items], {
    capacity: (page) => PAGE_LINES - head(page, 9).length - (style.footer ? 3 : 0),
    head,
    foot,
    continuation: style.continuation ? (item) => [textLine(`Forts. ${item}`, 0, true), blankLine()] : undefined,
  });
  // The table of contents learns its page numbers once the items are laid out.
  if (toc) for (const [itemLabel, cell] of toc.pageCells) cell.text = String((itemPages.get(itemLabel) ?? 0) + 1);
  return { pages, pageBreak: style.pageBreak };
}

const joinAnd = (names: readonly string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} och ${names.at(-1)}`;

function timeRange(m: MeetingModel, form: number): string {
  if (form === 0) return `${dotted(m.startTime)}–${dotted(m.endTime)}`;
  if (form === 1) return `${m.startTime}-${m.endTime}`;
  return `${dotted(m.startTime).replace(/^0/, '')} -${dotted(m.endTime).replace(/^0/, '')}`;
}

/** A label and its values; a long label wraps, its second half sharing a line with the next value. */
function tableRow(name: string, values: readonly TableValue[]): SheetLine[] {
  const labels = wrapLabel(name);
  const n = Math.max(labels.length, values.length);
  return Array.from({ length: n }, (_, i) => rowLine(labels[i] ?? '', values[i] ?? ''));
}

function wrapLabel(name: string): string[] {
  if (name.length <= LABEL_WIDTH) return [name];
  const words = name.split(' ');
  for (let k = words.length - 1; k > 0; k--) {
    const head = words.slice(0, k).join(' ');
    if (head.length <= LABEL_WIDTH) return [head, words.slice(k).join(' ')];
  }
  return [name];
}

/** How a member stands in the table: party in parentheses or after a comma, or first; role after. */
function memberText(a: Attendance, style: ProtokollStyle, ersatter: boolean): TableValue {
  const firstParty = style.members === 'party-first';
  const who = (member: Member): string => {
    if (firstParty) return member.person.name;
    if (style.members === 'paren' && member.party) return `${member.person.name} (${member.organisation})`;
    return `${member.person.name}, ${member.organisation}`;
  };
  const base = who(a.member);
  let text = base;
  if (a.replaces) {
    text = ersatter
      ? `${base}${style.members === 'paren' && a.member.party ? '' : ','} ersätter ${who(a.replaces)}`
      : `${base}, tjänstgörande ersättare för ${who(a.replaces)}`;
  } else if (a.role === 'ordförande' || a.role === 'vice ordförande') text = `${base}, ${a.role}`;
  return firstParty ? { first: a.member.organisation, second: text, gap: 6 } : text;
}

/** An official: "Name, title" (sometimes with the § presented), or name and capitalised title in columns. */
function officialText(a: Attendance, style: ProtokollStyle, presented: ReadonlyMap<string, string>, random: Random): TableValue {
  const name = a.member.person.name;
  const title = a.role ?? '';
  const item = presented.get(name);
  const at = item && random.chance(0.4) ? `, ${item}` : '';
  if (style.members === 'party-first') return { first: name, second: `${cap(title)}${at}`, gap: 23 };
  return `${name}, ${title}${at}`;
}

/** The ANSLAG/BEVIS block: body, meeting date, the dates of posting (later: distractors), where the protokoll is kept. */
function anslagBlock(m: MeetingModel, style: ProtokollStyle, adjustDate: string): FlowBlock {
  const up = addDays(adjustDate, 1);
  const down = addDays(up, 21);
  const kept = `${m.body.letterhead[1]}, ${m.body.municipality ?? m.body.letterhead[0]}`;
  const sentence = 'Protokollet är justerat. Justeringen har tillkännagivits genom anslag.';
  if (style.anslagOwnPage) {
    const at = 35;
    return {
      lines: [
        textLine('BEVIS OM ANSLAG', 0, true),
        blankLine(),
        textLine(sentence),
        blankLine(),
        rowLine(style.anslagLabel, m.body.name, at),
        rowLine('Sammanträdesdatum', m.date, at),
        rowLine('Anslaget sätts upp', up, at),
        rowLine('Anslaget tas ned', down, at),
        rowLine('Förvaringsplats för protokollet', kept, at),
        blankLine(),
        rowLine('Underskrift', DOTS, at),
        rowLine('', m.secretary.person.name, at),
        blankLine(),
      ],
      keep: true,
    };
  }
  const pair = (a: string, b: string, c: string, d: string): SheetLine => ({
    cells: [
      { text: a, column: 0 },
      { text: b, column: VALUE_COLUMN },
      { text: c, column: 51 },
      { text: d, column: 75 },
    ].filter((x) => x.text !== ''),
  });
  return {
    lines: [
      textLine('ANSLAG/BEVIS', 35, true),
      textLine(sentence, 10),
      blankLine(),
      rowLine(style.anslagLabel, m.body.name),
      blankLine(),
      rowLine('Sammanträdesdatum', m.date),
      blankLine(),
      pair('Datum för anslags', up, 'Datum för anslags', down),
      pair('uppsättande', '', 'nedtagande', ''),
      blankLine(),
      rowLine('Förvaringsplats', kept),
      rowLine('för protokollet', ''),
      blankLine(),
      rowLine('Underskrift', DOTS),
      rowLine('', m.secretary.person.name),
      blankLine(),
    ],
    keep: true,
  };
}

/** The närvarolista: every member with a present or absent mark, the ersättare who served beside the one away. */
function attendanceTable(m: MeetingModel, style: ProtokollStyle): SheetLine[] {
  const short = (member: Member): string =>
    style.members === 'paren' && member.party
      ? `${member.person.name} (${member.organisation})`
      : `${member.person.name}, ${member.organisation}`;
  const mark = (present: boolean, extra = ''): Cell[] => [
    { text: 'X', column: present ? 47 : 54 },
    ...(extra ? [{ text: extra, column: 61 }] : []),
  ];
  const lines: SheetLine[] = [
    textLine('Närvarolista', 0, true),
    blankLine(),
    {
      cells: [
        { text: 'Närv', column: 46 },
        { text: 'Frånv', column: 53 },
        { text: 'Tjg ers', column: 61 },
      ],
    },
    textLine('Ledamöter'),
  ];
  const seatedMembers = m.attendees.filter((a) => !a.member.staff && !a.member.substitute).map((a) => a.member);
  const byReplaced = new Map(m.attendees.filter((a) => a.replaces).map((a) => [a.replaces!, a.member]));
  for (const member of [...seatedMembers, ...m.absent])
    lines.push({ cells: [{ text: short(member), column: 0 }, ...mark(!m.absent.includes(member), byReplaced.get(member)?.person.name)] });
  const subs = m.attendees.filter((a) => a.member.substitute);
  if (subs.length > 0) {
    lines.push(blankLine(), textLine('Ersättare'));
    for (const a of subs) lines.push({ cells: [{ text: short(a.member), column: 0 }, ...mark(true)] });
  }
  lines.push(blankLine());
  return lines;
}

/** The table of contents, with the page cells to fill once the items are laid out. */
function tableOfContents(
  items: readonly ItemModel[],
  label: (i: ItemModel) => string,
  random: Random,
): { lines: SheetLine[]; pageCells: Array<[string, Cell]> } {
  const pageCells: Array<[string, Cell]> = [];
  const lines: SheetLine[] = [textLine('Innehållsförteckning', 0, true), blankLine()];
  for (const item of items) {
    // A long title is cut short in the table of contents, as word processors do.
    const title = item.title.length > 52 && random.chance(0.5) ? `${item.title.slice(0, 48).replace(/\s+\S*$/, '')} …` : item.title;
    const page = rightCell('0');
    pageCells.push([label(item), page]);
    lines.push({
      cells: [{ text: label(item), column: 0 }, { text: `${title} ${'.'.repeat(Math.max(3, 70 - 11 - title.length))}`, column: 11 }, page],
    });
  }
  lines.push(blankLine());
  return { lines, pageCells };
}

function marker(style: ProtokollStyle, page: number, total: number): string {
  if (style.marker === 'sida-av') return `Sida ${page} av ${total}`;
  return style.marker === 'tight' ? `${page}(${total})` : `${page} (${total})`;
}

/** The head every page repeats, and the fuller head of page 1. */
function runningHead(m: MeetingModel, style: ProtokollStyle, municipality: string, index: number, total: number): SheetLine[] {
  const mark = rightCell(marker(style, index + 1, total));
  const first = index === 0;
  switch (style.head) {
    case 'caps':
      return [
        { cells: [{ text: municipality.toLocaleUpperCase('sv-SE'), column: 0 }, { text: 'SAMMANTRÄDESPROTOKOLL', column: 46 }, mark] },
        {
          cells: [
            { text: m.body.name, column: 0 },
            { text: 'Sammanträdesdatum', column: 46 },
          ],
        },
        { cells: [{ text: m.date, column: 46 }] },
        blankLine(),
      ];
    case 'stacked':
      return first
        ? [
            { cells: [mark] },
            textLine(municipality),
            textLine(m.body.name),
            blankLine(),
            textLine('PROTOKOLL', 0, true),
            textLine(`Sammanträdesdatum ${m.date}`),
            blankLine(),
          ]
        : [
            { cells: [{ text: municipality, column: 0 }, { text: 'PROTOKOLL', column: 39 }, mark] },
            {
              cells: [
                { text: m.body.name, column: 0 },
                { text: m.date, column: 39 },
              ],
            },
            blankLine(),
          ];
    case 'title-line':
      return first
        ? [
            { cells: [{ text: municipality, column: 0 }, mark] },
            textLine(m.body.letterhead[1]),
            textLine(m.body.name),
            blankLine(),
            textLine(`Protokoll från sammanträde ${m.date}`, 0, true),
            blankLine(),
          ]
        : [{ cells: [{ text: municipality, column: 0 }, mark] }, textLine(m.body.name), textLine(`Protokoll ${m.date}`), blankLine()];
  }
}
