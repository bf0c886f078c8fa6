import { describe, expect, it } from 'vitest';
import { seriesKey } from '../../client/src/charts/trend-marks.js';
import { uploadForm, UPLOAD_DATE_FIELD, UPLOAD_FIELD } from '../../client/src/api/upload.js';
import { byMeetingDate } from '../../client/src/components/meeting-order.js';

describe('undated meetings and councils side by side', () => {
  it('orders meetings in time with the undated ones last', () => {
    const meetings = [
      { date: null, id: 'u1' },
      { date: '2025-04-10', id: 'b' },
      { date: null, id: 'u2' },
      { date: '2024-10-10', id: 'a' },
    ];
    expect([...meetings].sort(byMeetingDate).map((m) => m.id)).toEqual(['a', 'b', 'u1', 'u2']);
  });

  it('tells a topic compared across councils apart by the council', () => {
    const topic = { slug: 'vardplatser' };
    expect(seriesKey({ ...topic, body: null })).toBe('vardplatser');
    const a = seriesKey({ ...topic, body: { key: 'kpr-norrtalje', name: 'KPR' } });
    const b = seriesKey({ ...topic, body: { key: 'pr-region-stockholm', name: 'PR' } });
    expect(a).not.toBe(b);
    expect(a.startsWith('vardplatser')).toBe(true);
  });

  it('sends the meeting date beside the file only when one is given', () => {
    const file = new File(['Protokoll'], 'protokoll.txt', { type: 'text/plain' });
    const dated = uploadForm(file, '2025-03-06');
    expect(UPLOAD_DATE_FIELD).toBe('date');
    expect(dated.get(UPLOAD_DATE_FIELD)).toBe('2025-03-06');
    expect((dated.get(UPLOAD_FIELD) as File).name).toBe('protokoll.txt');
    expect(uploadForm(file, '').has(UPLOAD_DATE_FIELD)).toBe(false);
    expect(uploadForm(file, '   ').has(UPLOAD_DATE_FIELD)).toBe(false);
    expect(uploadForm(file).has(UPLOAD_DATE_FIELD)).toBe(false);
  });
});
