import { describe, expect, test } from 'vitest';
import {
  abstractLead,
  abstractParagraphs,
  authorsLabel,
  commentsLabel,
  creditLine,
  truncate,
} from '../../src/lib/text/entry-text.ts';

describe('abstractLead', () => {
  test('returns the first sentence', () => {
    expect(abstractLead('Clinical diagnosis is a specialised discipline. We propose RAD.')).toBe(
      'Clinical diagnosis is a specialised discipline.',
    );
  });

  test('skips a full stop in the first 30 characters, which is too short to be the lead', () => {
    expect(abstractLead('We propose RAD. It grounds clinical diagnosis in guidelines. More.')).toBe(
      'We propose RAD. It grounds clinical diagnosis in guidelines.',
    );
  });

  test('does not stop at e.g., et al. or an initial', () => {
    expect(
      abstractLead('Models such as BERT (e.g. ClinicalBERT) and work by J. Smith et al. help a lot. Second.'),
    ).toBe('Models such as BERT (e.g. ClinicalBERT) and work by J. Smith et al. help a lot.');
  });

  test('does not stop at a decimal point or a short opening fragment', () => {
    expect(abstractLead('Accuracy rose 9.6% and 9.5% on NLI and MQA in this large study. Then more.')).toBe(
      'Accuracy rose 9.6% and 9.5% on NLI and MQA in this large study.',
    );
  });

  test('shortens a long first sentence at a word boundary with an ellipsis', () => {
    const lead = abstractLead(`${'word '.repeat(100)}end.`, 50);
    expect(lead.length).toBeLessThanOrEqual(50);
    expect(lead).toMatch(/word…$/);
  });
});

describe('truncate', () => {
  test('leaves short text alone and cuts long text', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('one two three four', 12)).toBe('one two…');
  });
});

describe('abstractParagraphs', () => {
  test('splits on blank lines and joins wrapped lines', () => {
    expect(abstractParagraphs('One\nline.\n\n  Two.  ')).toEqual(['One line.', 'Two.']);
  });
});

describe('authorsLabel, creditLine and commentsLabel', () => {
  test.each([
    [{ authorsCount: 1 }, '1 author', '1 author'],
    [{ authorsCount: 18 }, '18 authors', '18 authors'],
    [{ authorsCount: 4, organization: { slug: 'f', name: 'Fudan University' } }, '4 authors', 'Fudan University'],
    [
      {
        authors: [
          { family: 'One', given: 'A.' },
          { family: 'Two', given: 'B.' },
          { family: 'Three', given: 'C.' },
        ],
      },
      '3 authors',
      'One et al.',
    ],
    [{ authors: [{ family: 'One', given: 'A.' }, { literal: 'Two Lab' }] }, '2 authors', 'One and Two Lab'],
    [{}, undefined, undefined],
  ])('describe %j as %j and %j', (entry, authors, credit) => {
    expect(authorsLabel(entry)).toBe(authors);
    expect(creditLine(entry)).toBe(credit);
  });

  test('counts comments in words', () => {
    expect([commentsLabel(0), commentsLabel(1), commentsLabel(5), commentsLabel(undefined)]).toEqual([
      '0 comments',
      '1 comment',
      '5 comments',
      undefined,
    ]);
  });
});
