/** Stable codes for every way embedding can fail. */
export type EmbedErrorCode = 'model_not_found' | 'model_load_failed' | 'embed_failed' | 'bad_vector' | 'download_failed';

/** An embedding failure; `message` is short, specific and in English. */
export class EmbedError extends Error {
  override readonly name = 'EmbedError';
  constructor(
    readonly code: EmbedErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export const isEmbedError = (e: unknown): e is EmbedError => e instanceof EmbedError;
