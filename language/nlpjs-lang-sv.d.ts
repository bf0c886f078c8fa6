// @nlpjs/lang-sv ships no types; only the part this project uses is declared.
declare module '@nlpjs/lang-sv' {
  /** The Snowball Swedish stemmer, generated from the Snowball source. */
  export class StemmerSv {
    stemWord(word: string): string;
  }
}
