import type { InputHTMLAttributes } from 'react';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages.js';

/** Message keys with a line of help to go with them: `upload.token` and `upload.tokenHelp`. */
export type HelpedKey = { [K in MessageKey]: `${K}Help` extends MessageKey ? K : never }[MessageKey];

/**
 * A labelled input with its line of help under it (`text` names the label's message, the help's is
 * the same with `Help`); the help is tied to the input so a screen reader reads it with the field.
 */
export function HelpedInput({ id, text, ...input }: { id: string; text: HelpedKey } & InputHTMLAttributes<HTMLInputElement>) {
  const { t } = useI18n();
  const helpId = `${id}-help`;
  return (
    <div>
      <label htmlFor={id}>{t(text)}</label>
      <input id={id} aria-describedby={helpId} {...input} />
      <p id={helpId} className="help">
        {t(`${text}Help`)}
      </p>
    </div>
  );
}
