import { describe, expect, it } from 'vitest';
import { ApiError } from '../../client/src/api/http.js';
import { readUploadResponse } from '../../client/src/api/upload.js';
import { basisClass } from '../../client/src/components/speaker-basis.js';
import { en, sv } from '../../client/src/i18n/messages.js';
import { formatNumber } from '../../client/src/i18n/translate.js';
import { formatBytes, uploadErrorKey } from '../../client/src/views/upload-messages.js';

const RESULT = {
  status: 'created',
  meetingId: '2025-09-11_x',
  date: '2025-09-11',
  title: 'Samverkan',
  items: 6,
  attendees: 9,
  passages: 48,
  concerns: 3,
  followUps: 1,
  warnings: [],
};

const rejection = (status: number, text: string): ApiError => {
  try {
    readUploadResponse(status, text);
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected an error');
};

describe('readUploadResponse', () => {
  it('returns the upload result of a 201 or 200', () => {
    expect(readUploadResponse(201, JSON.stringify(RESULT))).toEqual(RESULT);
    expect(readUploadResponse(200, JSON.stringify({ ...RESULT, status: 'unchanged' })).status).toBe('unchanged');
  });

  it("keeps the server's code, message and status", () => {
    const error = rejection(
      415,
      JSON.stringify({ error: { code: 'unsupported_media_type', message: '"a.pdf" is named .pdf but is not a PDF' } }),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect([error.code, error.message, error.status]).toEqual(['unsupported_media_type', '"a.pdf" is named .pdf but is not a PDF', 415]);
  });

  it('names the problem when the body is not the API’s (a proxy page, an empty body)', () => {
    expect(rejection(413, '<html>Request Entity Too Large</html>').code).toBe('payload_too_large');
    expect(rejection(401, '').code).toBe('unauthorized');
    expect(rejection(502, 'Bad Gateway').code).toBe('http_error');
    expect(rejection(200, '{"ok":true}').code).toBe('invalid_response');
  });
});

describe('upload messages', () => {
  it('explains the codes of the upload route and the pipeline, and falls back for the rest', () => {
    for (const code of ['payload_too_large', 'unsupported_media_type', 'unauthorized', 'forbidden', 'empty_file', 'invalid_meeting']) {
      expect(uploadErrorKey(code)).toBe(`upload.error.${code}`);
      expect(sv[uploadErrorKey(code)]).not.toBe(en[uploadErrorKey(code)]);
    }
    expect(uploadErrorKey('something_new')).toBe('upload.error.other');
    expect(uploadErrorKey('__proto__')).toBe('upload.error.other');
  });

  it('formats sizes in the reader’s locale', () => {
    expect(formatBytes(812, (v, d) => formatNumber('sv', v, d))).toBe('812 B');
    expect(formatBytes(2345, (v, d) => formatNumber('sv', v, d))).toBe('2,3 kB');
    expect(formatBytes(2_345_678, (v, d) => formatNumber('en', v, d))).toBe('2.3 MB');
  });
});

describe('basisClass', () => {
  it('tells a speaker read from the text from an inferred one', () => {
    expect(basisClass('named')).toBe('stated');
    expect(basisClass('council_form')).toBe('stated');
    expect(basisClass('context')).toBe('inferred');
    expect(basisClass('presenter')).toBe('inferred');
    expect(basisClass('none')).toBe('unknown');
    expect(basisClass(null)).toBeNull();
    expect(basisClass('guess')).toBeNull();
  });
});
