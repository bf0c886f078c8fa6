import { describe, expect, it } from 'vitest';
import { parseAttendees, type BlockLine } from '../../../ingest/parse/attendees.js';
import { parseMinutes } from '../../../ingest/parse/parse-minutes.js';
import type { ParseWarning } from '../../../shapes/minutes.schema.js';
import { textDocument } from '../../fixtures/sample-minutes.js';

/** Lines as the header gives them: a string is a line without columns, an array a table row's cells. */
const block = (lines: ReadonlyArray<string | string[]>): BlockLine[] =>
  lines.map((l, i) => (Array.isArray(l) ? { text: l.join(' '), no: i + 1, cells: l } : { text: l, no: i + 1 }));
const read = (lines: ReadonlyArray<string | string[]>, role: string | null = null, warnings: ParseWarning[] = []): string[][] =>
  parseAttendees(block(lines), role, warnings).map((a) => [a.name, a.organisation ?? '–', a.role ?? '–', a.remote ? 'remote' : 'present']);

describe('parseAttendees on the forms other councils print', () => {
  it('reads parties and organisations before or after the name, in parentheses or not', () => {
    expect(
      read([
        'Karin Ek (S), tgj ers för Olle Berg (S)',
        'Bo Ahl PRO, Ordförande',
        'Siv Lund (M), närvarande § 47',
        'Per Ström (V), t.o.m. § 20',
        'Anna von Platen (L) (länk)',
        'Lars Åberg, Region Gävleborg',
        'SKPF Ulla Granlund',
      ]),
    ).toEqual([
      ['Karin Ek', 'S', 'ersätter Olle Berg', 'present'],
      ['Bo Ahl', 'PRO', 'ordförande', 'present'],
      ['Siv Lund', 'M', '–', 'present'],
      ['Per Ström', 'V', '–', 'present'],
      ['Anna von Platen', 'L', '–', 'remote'],
      ['Lars Åberg', 'Region Gävleborg', '–', 'present'],
      ['Ulla Granlund', 'SKPF', '–', 'present'],
    ]);
  });

  it('reads table rows by their columns: party first, or party, seat and body after the name, or a title', () => {
    expect(
      read(
        [
          ['S', 'Karin Westerlund, ordförande'],
          ['Jessica Lind', 'L', 'ordinarie', 'kommunstyrelsen'],
          ['Nils Carlén', 'V', 'ersättare', 'kommunstyrelsen'],
          ['Gun Wallin', 'PRO Ljungby'],
          ['Malin Tornberg', 'Nämndsekreterare'],
          ['Sören Blom', 'Socialnämndens ordförande, M, närvarande §§ 47-48'],
        ],
        'ledamot',
      ),
    ).toEqual([
      ['Karin Westerlund', 'S', 'ordförande', 'present'],
      ['Jessica Lind', 'L', 'ledamot', 'present'],
      ['Nils Carlén', 'V', 'ersättare', 'present'],
      ['Gun Wallin', 'PRO Ljungby', 'ledamot', 'present'],
      ['Malin Tornberg', '–', 'nämndsekreterare', 'present'],
      ['Sören Blom', 'M', 'socialnämndens ordförande', 'present'],
    ]);
  });

  it('takes heading lines as the organisation of the people under them, unless a party is written', () => {
    expect(
      read(['Politiker', 'Maja Lind (M), ordförande, vård- och omsorgsnämnden', 'PRO Ekby', 'Rune Ås, vice ordförande', 'Barbro Kjell']),
    ).toEqual([
      ['Maja Lind', 'M', 'ordförande', 'present'],
      ['Rune Ås', 'PRO Ekby', 'vice ordförande', 'present'],
      ['Barbro Kjell', 'PRO Ekby', '–', 'present'],
    ]);
  });

  it('reads a paragraph of names whose parentheses wrap to the next line, with titles in parentheses', () => {
    const warnings: ParseWarning[] = [];
    expect(
      read(
        [
          'Louise Thorén (S) ordförande, Ronny Sjögren (DHR), Kurt Alvén',
          '(Hörselskadades riksförbund), Annika Röst (PRO, adjungerad), Tobias Kron',
          '(tillgänglighetsstrateg), Frida Hallberg (sekreterare).',
        ],
        null,
        warnings,
      ),
    ).toEqual([
      ['Louise Thorén', 'S', 'ordförande', 'present'],
      ['Ronny Sjögren', 'DHR', '–', 'present'],
      ['Kurt Alvén', 'Hörselskadades riksförbund', '–', 'present'],
      ['Annika Röst', 'PRO', 'adjungerad', 'present'],
      ['Tobias Kron', '–', 'tillgänglighetsstrateg', 'present'],
      ['Frida Hallberg', '–', 'sekreterare', 'present'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('splits a list that lost its line breaks at each name', () => {
    expect(
      read([
        'Lotta Sjöholm (S), ordförande Mats Ring (M), vice ordförande Per Hedin (C) Gunilla Rask (S)',
        'Helena Backe, förvaltningschef Jan Eld, controller § 41 Sara Mogren, nämndsekreterare',
      ]),
    ).toEqual([
      ['Lotta Sjöholm', 'S', 'ordförande', 'present'],
      ['Mats Ring', 'M', 'vice ordförande', 'present'],
      ['Per Hedin', 'C', '–', 'present'],
      ['Gunilla Rask', 'S', '–', 'present'],
      ['Helena Backe', '–', 'förvaltningschef', 'present'],
      ['Jan Eld', '–', 'controller', 'present'],
      ['Sara Mogren', '–', 'nämndsekreterare', 'present'],
    ]);
  });
});

describe('parseMinutes with an attendance table only', () => {
  const text = [
    'PROTOKOLL',
    'Socialnämnden',
    '',
    'Sammanträdesdatum 2024-05-02',
    'Beslutande       Enligt närvarolista',
    '',
    'Närvarolista',
    '',
    '                              Närv   Frånv',
    'Anna Berg (S), ordförande      X',
    'Per Lind (M)                          X',
    'Eva Ek (C)                     X',
    'Bo Ström (V)                   "',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnar mötet.',
  ].join('\n');
  const m = parseMinutes(textDocument(text));

  it('takes those the table marks present (a ditto mark repeats the row above) and not the absent', () => {
    expect(m.attendees.map((a) => [a.name, a.organisation, a.role])).toEqual([
      ['Anna Berg', 'S', 'ordförande'],
      ['Eva Ek', 'C', null],
      ['Bo Ström', 'V', null],
    ]);
  });

  it('keeps the table out of the items and the head', () => {
    expect(m.agendaItems.map((i) => [i.number, i.title, i.paragraphs.map((p) => p.text)])).toEqual([
      ['§ 1', 'Mötets öppnande', ['Ordföranden öppnar mötet.']],
    ]);
    expect(m.text).not.toContain('Närvarolista');
  });
});
