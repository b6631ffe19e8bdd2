import { quote, type Diagnostic } from '../diagnostics.ts';
import { choosePageDate, type ListingDate } from './dates.ts';
import type { DateToken, Token } from './lex.ts';
import { assembleRecord, type Paragraph, type RecordLine } from './assemble-record.ts';
import type { DigestPaper } from './parse-digest.ts';

/** A paper whose date is still as the listing wrote it; `parseDigest` resolves it once the page date is known. */
export type PendingPaper = Omit<DigestPaper, 'date'> & { rawDate: ListingDate };

/** The walk over tokens: gathers paragraphs until a record's `·` and date close it. */
export class DigestWalk {
  papers: PendingPaper[] = [];
  diagnostics: Diagnostic[] = [];
  sawText = false;
  /** The header's date line ("Jan 8"), and the days its links point to (`/papers/date/2026-01-08`). */
  private shownDate?: ListingDate;
  private linkedDates: ListingDate[] = [];
  private paragraphs: Paragraph[] = [];
  private open = false;
  private gap: '\n' | '\n\n' = '\n';
  private upvotes?: number;
  private separatorLine?: number;

  constructor(private file: string, private references: Map<number, string>, private wrapped: boolean) {}

  /** The page's date: its date line, with the year of a header link to the same day. */
  get pageDate(): ListingDate | undefined {
    return choosePageDate(this.shownDate, this.linkedDates);
  }

  take(token: Token): void {
    if (this.separatorLine !== undefined && token.kind !== 'blank' && token.kind !== 'noise' && token.kind !== 'url') {
      if (token.kind === 'date') {
        this.close(token.date, token.line);
        return;
      }
      this.error(this.separatorLine, 'a "·" line is not followed by a date', 'a date such as "Mar 28, 2025" on the line after "·"', token.kind === 'text' ? quote(token.text) : token.kind, 'restore the date line of this paper from the listing');
      this.separatorLine = undefined;
      this.reset();
    }
    switch (token.kind) {
      case 'blank':
        this.open = false;
        this.gap = '\n\n';
        return;
      case 'noise':
        return;
      case 'url':
        return this.takeUrl(token.url, token.line);
      case 'upvotes':
        this.flushLeftovers('an upvote count');
        this.upvotes = token.count;
        return;
      case 'text':
      case 'authors':
        return this.append(token);
      case 'separator':
        if (token.date) return this.close(token.date, token.line);
        this.separatorLine = token.line;
        return;
      case 'date':
        return this.takeLooseDate(token);
    }
  }

  finish(): void {
    const pending = this.paragraphs.filter((paragraph) => paragraph.lines.some((line) => line.kind === 'text'));
    if (this.separatorLine !== undefined || pending.length > 0) {
      const first = pending[0]?.lines[0].line ?? this.separatorLine ?? 0;
      this.diagnostics.push({ severity: 'warning', file: this.file, line: first, message: `the last record is incomplete (the capture looks truncated) and was skipped${pending[0] ? `: ${quote(pending[0].lines.map((line) => line.text).join(' '))}` : ''}`, expected: 'title, abstract, "• N authors" or an organisation line, "·" and a date', fix: 'copy the full listing again if this paper belongs in the survey' });
    }
  }

  private append(token: Extract<Token, { kind: 'text' | 'authors' }>): void {
    this.sawText = true;
    const line: RecordLine = token.kind === 'text' ? { kind: 'text', text: token.text, line: token.line } : { kind: 'authors', count: token.count, text: '', line: token.line };
    if (this.open && this.wrapped && line.kind === 'text' && this.paragraphs.at(-1)?.lines.at(-1)?.kind === 'text') {
      this.paragraphs.at(-1)!.lines.push(line);
    } else {
      this.paragraphs.push({ lines: [line], gap: this.gap });
    }
    this.open = true;
    this.gap = '\n';
  }

  private takeUrl(url: string, line: number): void {
    const paper = /\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?(?:[/?#].*)?$/.exec(url);
    if (paper && this.paragraphs.length > 0) {
      this.paragraphs.at(-1)!.arxiv ??= paper[1];
      return;
    }
    const day = /\/papers(?:\/date\/|\?date=)(\d{4})-(\d{2})-(\d{2})/.exec(url);
    if (day && this.papers.length === 0) this.linkedDates.push({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) });
    void line;
  }

  private takeLooseDate(token: Extract<Token, { kind: 'date' }>): void {
    const { date, line } = token;
    const last = this.paragraphs.at(-1)?.lines.at(-1);
    if (last?.kind === 'authors') return this.close(date, line);
    if (this.papers.length === 0) {
      // The page date closes the page header: what came before it was the header.
      if (this.shownDate?.year === undefined || date.date.year !== undefined) this.shownDate = date.date;
      this.reset();
      return;
    }
    this.append({ kind: 'text', text: token.text, line });
  }

  private close(date: DateToken, line: number): void {
    this.separatorLine = undefined;
    const result = assembleRecord(this.paragraphs, { file: this.file, references: this.references, closingLine: line });
    this.diagnostics.push(...result.diagnostics);
    if (result.paper) {
      const { comments } = date;
      this.papers.push({ ...result.paper, rawDate: date.date, ...(comments === undefined ? {} : { comments }), ...(this.upvotes === undefined ? {} : { upvotes: this.upvotes }) });
    }
    this.reset();
  }

  private flushLeftovers(what: string): void {
    const texts = this.paragraphs.filter((paragraph) => paragraph.lines.some((line) => line.kind === 'text'));
    if (texts.length > 0) {
      this.diagnostics.push({ severity: 'warning', file: this.file, line: texts[0].lines[0].line, message: `text before ${what} is not part of any paper and was ignored: ${quote(texts.map((p) => p.lines.map((l) => l.text).join(' ')).join(' '))}`, fix: 'if this is a paper, restore its authors line, "·" and date' });
    }
    this.reset();
  }

  private reset(): void {
    this.paragraphs = [];
    this.open = false;
    this.gap = '\n';
    this.upvotes = undefined;
  }

  private error(line: number, message: string, expected: string, found: string, fix: string): void {
    this.diagnostics.push({ severity: 'error', file: this.file, line, message, expected, found, fix });
  }
}
