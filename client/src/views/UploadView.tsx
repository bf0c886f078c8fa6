import { useEffect, useRef, useState, type DragEvent, type FormEvent, type InputHTMLAttributes, type RefObject } from 'react';
import type { UploadResult } from '../../../shapes/api/index.js';
import { ApiError } from '../api/http.js';
import { readStoredToken, storeToken, uploadDocument, type UploadProgress } from '../api/upload.js';
import { forgetResponses } from '../api/use-api.js';
import { HelpedInput, type HelpedKey } from '../components/HelpedInput.js';
import { useI18n } from '../i18n/i18n.js';
import { formatDateSource } from '../i18n/translate.js';
import type { MessageKey } from '../i18n/messages.js';
import { Link } from '../router/router.js';
import { paths } from '../router/routes.js';
import { formatBytes, uploadErrorKey } from './upload-messages.js';

type UploadState =
  | { phase: 'idle' }
  | { phase: 'busy'; progress: UploadProgress }
  | { phase: 'done'; result: UploadResult }
  | { phase: 'failed'; error: ApiError };

/** An optional field of the form: its id and message, the input's own attributes, and its state. */
type OptionalField = { id: string; text: HelpedKey; input: InputHTMLAttributes<HTMLInputElement>; value: string; set(value: string): void };

/**
 * `/ladda-upp`: one minutes file (picked or dropped) → `POST /api/documents` → the record's summary with
 * a link to the meeting, or the server's specific error. No URL state: an upload is an action, not a
 * place to link to; its result links to the meeting, which is.
 */
export function UploadView() {
  const { t, number } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [token, setToken] = useState(readStoredToken);
  const [meetingDate, setMeetingDate] = useState('');
  const [over, setOver] = useState(false);
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLElement>(null);
  const busy = state.phase === 'busy';

  // The outcome takes the focus so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'failed') outcome.current?.focus();
  }, [state.phase]);

  const choose = (files: FileList | null) => {
    setFile(files?.[0] ?? null);
    setState({ phase: 'idle' });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (busy || event.dataTransfer.files.length === 0) return;
    // Mirror the drop into the input so the form shows one truth.
    if (input.current) input.current.files = event.dataTransfer.files;
    choose(event.dataTransfer.files);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || busy) return;
    setState({ phase: 'busy', progress: { phase: 'sending', loaded: 0, total: file.size } });
    try {
      const result = await uploadDocument(file, {
        token,
        date: meetingDate,
        onProgress: (progress) => setState({ phase: 'busy', progress }),
      });
      forgetResponses(); // the graph changed: other views must fetch again
      setState({ phase: 'done', result });
    } catch (error) {
      setState({ phase: 'failed', error: error instanceof ApiError ? error : new ApiError('client_error', String(error), 0) });
    }
  };

  const rememberToken = (value: string) => {
    setToken(value);
    storeToken(value);
  };
  // The form's two optional fields: the meeting's date when its minutes give none, and the upload token.
  const fields: OptionalField[] = [
    { id: 'upload-date', text: 'upload.meetingDate', input: { name: 'date', type: 'date' }, value: meetingDate, set: setMeetingDate },
    {
      id: 'upload-token',
      text: 'upload.token',
      input: { type: 'password', autoComplete: 'off', spellCheck: false },
      value: token,
      set: rememberToken,
    },
  ];

  const reset = () => {
    setFile(null);
    if (input.current) input.current.value = '';
    setState({ phase: 'idle' });
    input.current?.focus();
  };

  return (
    <section className="view upload">
      <h1>{t('upload.title')}</h1>
      <p>{t('upload.intro')}</p>
      <form className="upload-form" onSubmit={(e) => void onSubmit(e)} aria-busy={busy} noValidate>
        <div
          className={`drop-zone${over ? ' is-over' : ''}`}
          data-testid="drop-zone"
          onDragOver={(e) => {
            e.preventDefault();
            setOver(true);
          }}
          onDragLeave={() => setOver(false)}
          onDrop={onDrop}
        >
          {/* The native picker's button speaks the browser's language, not the page's: it is hidden
              (still focusable, so the keyboard opens it) and the label is the button a reader sees. */}
          <label htmlFor="upload-file" className="drop-label">
            <span>{t('upload.file')}</span>
            <span className={`pick-button${busy ? ' is-disabled' : ''}`}>{t('upload.pick')}</span>
          </label>
          <input
            ref={input}
            id="upload-file"
            className="visually-hidden"
            name="file"
            type="file"
            accept=".pdf,.txt,application/pdf,text/plain"
            disabled={busy}
            aria-describedby="upload-file-help"
            onChange={(e) => choose(e.target.files)}
          />
          <p id="upload-file-help" className={file ? 'chosen' : undefined} aria-live="polite">
            {file
              ? t('upload.chosen', { name: file.name, size: formatBytes(file.size, number) })
              : over
                ? t('upload.dropActive')
                : t('upload.drop')}
          </p>
        </div>
        {fields.map(({ id, text, value, set, input }) => (
          <HelpedInput key={id} id={id} text={text} {...input} value={value} disabled={busy} onChange={(e) => set(e.target.value)} />
        ))}
        <button type="submit" disabled={!file || busy}>
          {t('upload.submit')}
        </button>
        {state.phase === 'busy' && <ProgressLine progress={state.progress} />}
      </form>
      {state.phase === 'done' && <UploadSummary result={state.result} focusRef={outcome} onAnother={reset} />}
      {state.phase === 'failed' && <UploadFailure error={state.error} focusRef={outcome} />}
    </section>
  );
}

function ProgressLine({ progress }: { progress: UploadProgress }) {
  const { t } = useI18n();
  const percent = progress.phase === 'sending' && progress.total > 0 ? Math.round((100 * progress.loaded) / progress.total) : null;
  return (
    <div className="upload-progress" role="status" aria-live="polite">
      <span className="state-busy">
        {progress.phase === 'processing' ? t('upload.processing') : t('upload.sending', { percent: percent ?? 0 })}
      </span>
      {/* No value while the server parses: an indeterminate bar, since there is nothing to measure. */}
      <progress
        aria-label={t('upload.progress')}
        max={100}
        {...(progress.phase === 'sending' && percent !== null ? { value: percent } : {})}
      />
    </div>
  );
}

function UploadSummary({
  result,
  focusRef,
  onAnother,
}: {
  result: UploadResult;
  focusRef: RefObject<HTMLElement | null>;
  onAnother(): void;
}) {
  const { t, date, number, lang } = useI18n();
  const rows: [MessageKey, string][] = [
    ['upload.meeting', result.title ?? result.meetingId],
    ['upload.date', date(result.date)],
    ...(result.dateSource ? [['upload.dateSource', formatDateSource(lang, result.dateSource) ?? ''] as [MessageKey, string]] : []),
    ['upload.items', number(result.items)],
    ['upload.passages', number(result.passages)],
    ['upload.attendees', number(result.attendees)],
    ['upload.concerns', number(result.concerns)],
    ['upload.followUps', number(result.followUps)],
  ];
  return (
    <section ref={focusRef} className="upload-result" tabIndex={-1} aria-labelledby="upload-result-title" data-status={result.status}>
      <h2 id="upload-result-title">
        {result.date ? t('upload.resultTitle', { date: date(result.date) }) : t('upload.resultTitleUndated')}
      </h2>
      <p role="status">{t(`upload.status.${result.status}`)}</p>
      <dl className="upload-summary" aria-label={t('upload.summary')}>
        {rows.map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}>
            <dt>{t(label)}</dt>
            <dd data-field={label.slice('upload.'.length)}>{value}</dd>
          </div>
        ))}
      </dl>
      {result.warnings.length > 0 && (
        <details>
          <summary>{t('upload.warnings', { count: result.warnings.length })}</summary>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={`${w.code}-${i}`}>
                <code>{w.code}</code> {w.message}
                {w.line !== undefined && <small> ({w.line})</small>}
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="actions">
        <Link to={paths.meeting(result.meetingId)} className="upload-open">
          {t('upload.open')} →
        </Link>
        <button type="button" onClick={onAnother}>
          {t('upload.another')}
        </button>
      </p>
    </section>
  );
}

function UploadFailure({ error, focusRef }: { error: ApiError; focusRef: RefObject<HTMLElement | null> }) {
  const { t } = useI18n();
  return (
    <section ref={focusRef} className="upload-error" tabIndex={-1} role="alert" aria-labelledby="upload-error-title" data-code={error.code}>
      <h2 id="upload-error-title">{t('upload.errorTitle')}</h2>
      <p className="upload-error-text">{t(uploadErrorKey(error.code))}</p>
      <dl className="upload-summary">
        <dt>{t('upload.errorCode')}</dt>
        <dd>
          <code>{error.code}</code>
          {error.status > 0 && <small> (HTTP {error.status})</small>}
        </dd>
        <dt>{t('upload.errorServer')}</dt>
        <dd className="upload-error-message">{error.message}</dd>
      </dl>
    </section>
  );
}
