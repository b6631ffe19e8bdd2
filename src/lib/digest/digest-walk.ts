import { quote, type Diagnostic } from '../diagnostics.ts';
import { choosePageDate, type ListingDate } from './listing-date.ts';
import type { DateToken, Token } from './lex.ts';
import {
  assembleRecord,
  HEADER_TEXT,
  paperIdOf,
  profileOf,
  type AssembledPaper,
  type Paragraph,
  type RecordLine,
} from './assemble-record.ts';
import { invalidLineError } from './invalid-line.ts';
import { checkUpvoteCounts } from './upvote-check.ts';

/**
 * A paper whose date is still as the listing wrote it; `parseDigest` resolves it once the page date is known
 * and returns it as a `DigestPaper`. Built from the record's fields, not from `DigestPaper`, so the walk does
 * not import its caller (that made an import cycle).
 */
export type PendingPaper = AssembledPaper & { rawDate: ListingDate; comments?: number; upvotes?: number };

/** The walk over tokens: gathers paragraphs until a record's `·` and date close it. */
export class DigestWalk {
  papers: PendingPaper[] = [];
  diagnostics: Diagnostic[] = [];
  sawText = false;
  /** Records whose anchor (`·` and date) was reached, read or not. */
  recordsRead = 0;
  /** Lines that went into a paper. */
  paperLines = new Set<number>();
  /** The header's date line ("Jan 8"), and the days its links point to (`/papers/date/2026-01-08`). */
  private shownDate?: ListingDate;
  private linkedDates: ListingDate[] = [];
  private paragraphs: Paragraph[] = [];
  private open = false;
  private gap: '\n' | '\n\n' = '\n';
  private upvotes?: { count: number; line: number };
  /** The line of each paper's upvote count, in the order of `papers` (undefined where it had none). */
  upvoteLines: Array<number | undefined> = [];
  private separatorLine?: number;
  /** The line of the date that closed the last record, while nothing but its comment count may follow. */
  private closedAt?: number;
  /** A line that reads as page chrome, kept until the next line says whether it began a paragraph. */
  private heldChrome?: Extract<Token, { kind: 'noise' }>;

  /** Errors that concern one record only: the rest of the capture can be imported without it. */
  recordErrors: Diagnostic[] = [];

  constructor(
    private file: string,
    private wrapped: boolean,
    private breaksAtHyphens = false,
    private invalidLines = new Set<number>(),
  ) {}

  /** The page's date: its date line, with the year of a header link to the same day. */
  get pageDate(): ListingDate | undefined {
    return choosePageDate(this.shownDate, this.linkedDates);
  }

  take(token: Token): void {
    if (this.separatorLine !== undefined && token.kind !== 'blank' && token.kind !== 'noise' && token.kind !== 'url') {
      if (token.kind === 'date') return this.close(token.date, token.line);
      this.error(
        this.separatorLine,
        'a "·" line is not followed by a date',
        'a date such as "Mar 28, 2025" on the line after "·"',
        token.kind === 'text' ? quote(token.text) : token.kind,
        'restore the date line of this paper from the listing',
      );
      this.recordsRead++;
      this.separatorLine = undefined;
      this.reset();
    }
    const held = this.heldChrome;
    if (token.kind !== 'noise') this.heldChrome = undefined;
    if (held && token.kind === 'text' && token.line === held.line + 1 && !token.heading) {
      this.append({ kind: 'text', line: held.line, text: held.text, urls: held.urls ?? [], heading: false });
    }
    if ('urls' in token && token.urls) for (const url of token.urls) this.takeUrl(url);
    const closedAt = this.closedAt;
    if (token.kind !== 'blank' && token.kind !== 'url') this.closedAt = undefined;
    switch (token.kind) {
      case 'blank':
        this.open = false;
        this.gap = '\n\n';
        return;
      case 'noise': {
        if (!/\p{L}{2}/u.test(token.text) || /^[*•+-]\s/.test(token.text)) return;
        // A line of a paper may read like a menu word ("Models"): inside a paragraph it is text, and so is
        // a first line that the next line continues (a title that starts "Papers …", wrapped).
        const pastHeader = this.recordsRead > 0 || this.shownDate !== undefined;
        if (pastHeader && this.open && this.paragraphs.at(-1)?.lines.at(-1)?.kind === 'text')
          return this.append({
            kind: 'text',
            line: token.line,
            text: token.text,
            urls: token.urls ?? [],
            heading: false,
          });
        if (pastHeader) this.heldChrome = token;
        return;
      }
      case 'url':
        return this.takeUrl(token.url, true);
      case 'upvotes':
        this.flushLeftovers('an upvote count');
        this.upvotes = { count: token.count, line: token.line };
        return;
      case 'count':
        return this.takeCount(token, closedAt);
      case 'text':
      case 'authors':
        return this.append(token);
      case 'separator':
        if (token.date) return this.close(token.date, token.line);
        this.separatorLine = token.line;
        this.paperLines.add(token.line);
        return;
      case 'date':
        return this.takeLooseDate(token);
    }
  }

  /** Reports (and drops) the papers whose upvote count disagrees with the rest: see `checkUpvoteCounts`. */
  checkUpvotes(): void {
    const { kept, diagnostics } = checkUpvoteCounts(this.papers, this.upvoteLines, this.file);
    this.papers = kept;
    this.diagnostics.push(...diagnostics);
    this.recordErrors.push(...diagnostics);
  }

  finish(): void {
    const pending = this.paragraphs.filter((paragraph) => paragraph.lines.some((line) => line.kind === 'text'));
    if (this.separatorLine !== undefined) this.recordsRead++;
    if (this.separatorLine !== undefined || pending.length > 0) {
      const first = pending[0]?.lines[0].line ?? this.separatorLine ?? 0;
      this.diagnostics.push({
        severity: 'warning',
        file: this.file,
        line: first,
        message: `the last record is incomplete (the capture looks truncated) and was skipped${pending[0] ? `: ${quote(pending[0].lines.map((line) => line.text).join(' '))}` : ''}`,
        expected: 'title, abstract, "• N authors" or an organisation line, "·" and a date',
        fix: 'copy the full listing again if this paper belongs in the survey',
      });
    }
  }

  private append(token: Extract<Token, { kind: 'text' | 'authors' }>): void {
    this.sawText = true;
    const line: RecordLine =
      token.kind === 'text'
        ? { kind: 'text', text: token.text, line: token.line, heading: token.heading }
        : { kind: 'authors', count: token.count, text: '', line: token.line };
    const last = this.paragraphs.at(-1)?.lines.at(-1);
    if (this.open && line.kind === 'text' && last?.kind === 'text' && Boolean(last.heading) === Boolean(line.heading)) {
      this.paragraphs.at(-1)!.lines.push(line);
    } else {
      this.paragraphs.push({
        lines: [line],
        gap: this.gap,
        joiner: this.wrapped ? ' ' : '\n',
        breaksAtHyphens: this.breaksAtHyphens,
      });
    }
    if (token.kind === 'text') {
      const arxiv = token.urls.map(paperIdOf).find(Boolean);
      const profile = token.urls.map(profileOf).find(Boolean);
      if (arxiv) this.paragraphs.at(-1)!.arxiv ??= arxiv;
      if (profile) this.paragraphs.at(-1)!.profile ??= profile;
    }
    this.open = true;
    this.gap = '\n';
  }

  /** A link's target: a paper URL gives the paragraph before it its arXiv id; a day URL dates the page. */
  private takeUrl(url: string, ownLine = false): void {
    const paper = paperIdOf(url);
    if (paper && ownLine && this.paragraphs.length > 0) {
      this.paragraphs.at(-1)!.arxiv ??= paper;
      return;
    }
    const profile = profileOf(url);
    if (profile && ownLine && this.paragraphs.length > 0) {
      this.paragraphs.at(-1)!.profile ??= profile;
      return;
    }
    const day = /\/papers(?:\/date\/|\?date=)(\d{4})-(\d{2})-(\d{2})/.exec(url);
    if (day && this.papers.length === 0)
      this.linkedDates.push({ year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) });
  }

  /** A number alone: the comment count of the paper just closed, an upvote count before a title, or text. */
  private takeCount(token: Extract<Token, { kind: 'count' }>, closedAt: number | undefined): void {
    const last = this.papers.at(-1);
    const linkedToComments = token.urls.some((url) => /#community$/.test(url));
    if (last && last.comments === undefined && (linkedToComments || closedAt === token.line - 1)) {
      last.comments = token.count;
      this.paperLines.add(token.line);
      return;
    }
    const texts = this.paragraphs.some((paragraph) => paragraph.lines.some((line) => line.kind === 'text'));
    if (!texts || token.urls.some((url) => /\/login\b/.test(url))) {
      this.flushLeftovers('an upvote count');
      this.upvotes = { count: token.count, line: token.line };
      this.paperLines.add(token.line);
      return;
    }
    this.append({ kind: 'text', line: token.line, text: token.text, urls: token.urls, heading: false });
  }

  private takeLooseDate(token: Extract<Token, { kind: 'date' }>): void {
    const { date, line } = token;
    const last = this.paragraphs.at(-1)?.lines.at(-1);
    if (last?.kind === 'authors') return this.close(date, line);
    if (this.papers.length === 0 && this.recordsRead === 0) {
      // The page date closes the page header: what came before it was the header, unless it reads like a paper.
      this.flushLeftovers('the page date', true);
      if (this.shownDate?.year === undefined || date.date.year !== undefined) this.shownDate = date.date;
      return;
    }
    this.append({ kind: 'text', text: token.text, line, urls: token.urls, heading: false });
  }

  private close(date: DateToken, line: number): void {
    this.separatorLine = undefined;
    this.recordsRead++;
    const result = assembleRecord(this.paragraphs, {
      file: this.file,
      closingLine: line,
      first: this.recordsRead === 1,
    });
    const broken = result.usedLines.find((used) => this.invalidLines.has(used));
    if (broken !== undefined) result.diagnostics.push(invalidLineError(this.file, broken));
    this.diagnostics.push(...result.diagnostics);
    this.recordErrors.push(...result.diagnostics.filter((d) => d.severity === 'error'));
    if (result.paper && broken === undefined) {
      const { comments } = date;
      this.papers.push({
        ...result.paper,
        rawDate: date.date,
        ...(comments === undefined ? {} : { comments }),
        ...(this.upvotes === undefined ? {} : { upvotes: this.upvotes.count }),
      });
      this.upvoteLines.push(this.upvotes?.line);
      for (const used of result.usedLines) this.paperLines.add(used);
      this.paperLines.add(line);
    }
    this.reset();
    this.closedAt = comments(date) ? undefined : line;
  }

  /** Drops the text gathered so far: page header before the first record, else an error naming its line. */
  private flushLeftovers(what: string, header = this.recordsRead === 0): void {
    const texts = this.paragraphs.filter((paragraph) =>
      paragraph.lines.some((line) => line.kind === 'text' || line.kind === 'authors'),
    );
    const text = texts.map((p) => p.lines.map((l) => l.text || `${l.count} authors`).join(' ')).join(' ');
    const longest = Math.max(0, ...texts.map((p) => p.lines.reduce((sum, l) => sum + l.text.length, 0)));
    if (texts.length > 0 && (!header || longest > HEADER_TEXT)) {
      this.error(
        texts[0].lines[0].line,
        `text before ${what} is not part of any paper: ${quote(text)}`,
        'each paper as title, abstract, "• N authors" or an organisation line, "·" and a date',
        quote(text),
        'restore the missing lines of this paper (its authors line, "·" and date), or delete the stray text',
      );
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
    const diagnostic: Diagnostic = { severity: 'error', file: this.file, line, message, expected, found, fix };
    this.diagnostics.push(diagnostic);
    this.recordErrors.push(diagnostic);
  }
}

function comments(date: DateToken): boolean {
  return date.comments !== undefined;
}
