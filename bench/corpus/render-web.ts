import type { WebStyle } from './bodies.js';
import { addDays, monthOf } from './calendar.js';
import { bodyBlocks } from './item-lines.js';
import type { MeetingModel } from './meeting-model.js';
import { cap } from './phrases.js';
import { habit, type Random } from './random.js';
import type { Attendance, Member } from './roster.js';
import { blankLine, textLine, type Sheet, type SheetLine } from './sheet.js';

/**
 * A meeting-platform page saved as text (docs/layouts.md §4): navigation chrome and a cookie
 * banner, a header of label lines each followed by its value, the participants, and the items —
 * either an agenda of "•" / number / title lines followed by unnumbered "•" blocks of the
 * protokoll in the same order (a few led by a "§ N" line whose number is not the agenda's), or
 * "§ N" / title lines with "-" bullets. Paragraphs are not wrapped. The footer carries a
 * "Senast uppdaterad" date. Only a dated page names its date; the others have it in the address.
 * `pages`: 2 for a viewer's transcript split in two, else 1.
 */
export function renderWeb(m: MeetingModel, style: WebStyle, random: Random, pages: 1 | 2): Sheet {
  const key = m.body.key;
  const municipality = m.body.municipality ?? m.body.letterhead[0];
  const dated = m.dateSource === 'text';
  const head: SheetLine[] = [];
  const push = (...texts: string[]): void => void head.push(...texts.map((t) => (t === '' ? blankLine() : textLine(t))));
  const items: SheetLine[][] = [];

  if (style.items === 'agenda-bullets') {
    push(
      'Till innehållet',
      'Hoppa över navigering',
      `${municipality} – Politik och möten`,
      'Meny',
      'Sök',
      'Logga in',
      'Svenska',
      'English',
      'Startsida',
      'Nämnder och råd',
      'Möten',
      'Sök dokument',
      m.body.name,
      'Möte',
      'Dela',
      'Skriv ut',
      'Lyssna',
      '',
    );
    push(
      'Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Läs mer om kakor',
      'Godkänn alla',
      'Endast nödvändiga',
      '',
    );
    if (dated) push(`Din position: Startsida > Nämnder och råd > ${m.body.name} > Möte ${m.date}`, '');
    push(m.body.name, dated ? `Möte ${m.date}` : 'Protokoll', '');
    if (dated) push('Datum', m.date);
    push('Plats', m.place, 'Ordförande', personText(m.chair, true), 'Sekreterare', m.secretary.person.name, '');
    push('Deltagare');
    head.push(...participants(m, 'paren'), blankLine());
    push('Dagordning');
    for (const item of m.items) push('•', item.number, item.title);
    push('', 'Protokoll');
    // A few blocks carry the protokoll's paragraph number, which is not the agenda's.
    const paragraphBase = 10 + habit(key, 'paragraphs', 60) + Math.floor((m.items.length * (Number(m.date.slice(5, 7)) - 1)) / 2);
    m.items.forEach((item, i) => {
      const lines: SheetLine[] = [textLine('•')];
      if (i > 0 && random.chance(0.25)) lines.push(textLine(`§ ${paragraphBase + i}`), textLine(item.title));
      if (item.presenters.length > 0) lines.push(textLine(`Föredragande: ${item.presenters.map((p) => p.name).join(', ')}`));
      lines.push(
        ...bodyBlocks(item.blocks, { bullet: '-', wrap: false, hyphenation: 0, item: null }, random)
          .flatMap((b) => b.lines)
          .filter((l) => l.cells.length > 0),
      );
      if (i === m.items.length - 1) lines.push(textLine(`Nästa möte hålls i ${monthOf(m.nextDate)}.`));
      items.push(lines);
    });
  } else {
    push('Gå direkt till sidans innehåll', municipality, 'Politik och påverkan', 'Meny', 'Sök på webbplatsen');
    push('Den här webbplatsen använder kakor. Genom att fortsätta godkänner du att vi använder kakor.', 'OK', 'Läs mer');
    if (dated) push(`Din position: Hem > ${municipality} > ${m.body.name} > Sammanträde ${m.date}`);
    push('Dela', 'Facebook', 'E-post', 'Skriv ut', '');
    push(dated ? `Sammanträde ${m.date}` : `${m.body.name} – sammanträde`, '');
    if (dated) push('Datum', m.date);
    push('Klockan', m.startTime, 'Plats', m.place, '');
    push('Deltagare', 'Visa deltagare');
    head.push(...participants(m, 'comma'), blankLine());
    push('Ärenden');
    for (const item of m.items) {
      const lines: SheetLine[] = [textLine(`§ ${item.number}`), textLine(item.title)];
      if (item.presenters.length > 0 && random.chance(0.5))
        lines.push(textLine(`Dnr ${m.body.diaryPrefix ?? 'RS'} ${m.date.slice(0, 4)}-${String(random.int(100, 999)).padStart(4, '0')}`));
      if (item.presenters.length > 0) lines.push(textLine(`Handläggare: ${item.presenters.map((p) => p.name).join(', ')}`));
      for (const block of item.blocks) {
        const text = block.segments.map((s) => s.text).join(' ');
        lines.push(block.type === 'subheading' ? textLine(text) : textLine(`- ${text}`));
      }
      items.push(lines);
    }
    items.at(-1)!.push(blankLine(), textLine('Nästa sammanträde'), textLine(m.nextDate));
  }

  const updated = addDays(m.date, 9 + habit(key, 'updated', 20));
  const foot = [
    blankLine(),
    textLine('Kontakta oss'),
    textLine(municipality),
    textLine(`Telefon: 0${10 + habit(key, 'phone', 80)}-${100 + habit(key, 'phone2', 800)} 00 00`),
    textLine('Följ oss'),
    textLine('Facebook'),
    textLine('Instagram'),
    textLine('Om webbplatsen'),
    textLine('Tillgänglighetsredogörelse'),
    textLine('Kakor'),
    textLine(`Senast uppdaterad: ${updated}`),
  ];
  if (pages === 1) return { pages: [{ lines: [...head, ...items.flat(), ...foot], foot: [] }], pageBreak: 'formfeed' };
  // A viewer's transcript cuts the page in two between items.
  const half = Math.ceil(items.length / 2);
  return {
    pages: [
      { lines: [...head, ...items.slice(0, half).flat()], foot: [] },
      { lines: [...items.slice(half).flat(), ...foot], foot: [] },
    ],
    pageBreak: 'formfeed',
  };
}

/** "Name (S)" and, with the role, "Name (S) (Ordförande)" as portals print it. */
function personText(member: Member, party: boolean): string {
  return party ? `${member.person.name} (${member.organisation})` : member.person.name;
}

/**
 * The participants: "Beslutande ledamöter:" / "Ej tjänstgörande ersättare:" / "Övriga närvarande:"
 * with "Name (Org) (Ordförande)" lines, or "Ledamöter" / "Ersättare" / "Tjänstepersoner" with
 * "Name, Org, role" lines.
 */
function participants(m: MeetingModel, form: 'paren' | 'comma'): SheetLine[] {
  const seated = m.attendees.filter((a) => !a.member.staff && a.role !== 'ersättare');
  const listening = m.attendees.filter((a) => a.role === 'ersättare');
  const staff = m.attendees.filter((a) => a.member.staff);
  const out: SheetLine[] = [];
  if (form === 'paren') {
    const line = (a: Attendance): string => {
      const base = `${a.member.person.name} (${a.member.organisation})`;
      if (a.replaces) return `${base} ersätter ${a.replaces.person.name} (${a.replaces.organisation})`;
      return a.role && a.role !== 'ersättare' ? `${base} (${cap(a.role)})` : base;
    };
    out.push(textLine('Beslutande ledamöter:'), ...seated.map((a) => textLine(line(a))));
    if (listening.length > 0) out.push(textLine('Ej tjänstgörande ersättare:'), ...listening.map((a) => textLine(line(a))));
    out.push(textLine('Övriga närvarande:'), ...staff.map((a) => textLine(`${a.member.person.name} (${cap(a.role ?? '')})`)));
    return out;
  }
  const line = (a: Attendance): string => {
    const base = a.member.party
      ? `${a.member.person.name} (${a.member.organisation})`
      : `${a.member.person.name}, ${a.member.organisation}`;
    if (a.replaces) return `${base}, ersätter ${a.replaces.person.name}`;
    return a.role && a.role !== 'ersättare' ? `${base}, ${a.role}` : base;
  };
  out.push(textLine('Ledamöter'), ...seated.map((a) => textLine(line(a))));
  if (listening.length > 0) out.push(textLine('Ersättare'), ...listening.map((a) => textLine(line(a))));
  out.push(textLine('Tjänstepersoner'), ...staff.map((a) => textLine(`${a.member.person.name}, ${a.role}`)));
  return out;
}
