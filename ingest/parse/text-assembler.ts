/** Builds the cleaned text of a document, handing out the offsets of what it appends. */
export class TextAssembler {
  private readonly parts: string[] = [];
  private length = 0;

  line(text: string): void {
    this.append(`${text}\n`);
  }

  /** A paragraph followed by a blank line; returns its offsets (end exclusive). */
  paragraph(text: string): { start: number; end: number } {
    const start = this.length;
    this.append(text);
    const end = this.length;
    this.append('\n\n');
    return { start, end };
  }

  break(): void {
    this.append('\n');
  }

  toString(): string {
    return this.parts.join('');
  }

  private append(text: string): void {
    this.parts.push(text);
    this.length += text.length;
  }
}
