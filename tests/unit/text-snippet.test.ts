import { describe, expect, test } from 'vitest';
import { abstractLead, splitSentences } from '../../src/lib/text/entry-text.ts';
import { snippetFor } from '../../src/lib/text/snippet.ts';
import { seedEntries } from '../helpers/cite-seed.ts';

const seed = seedEntries();
const bySlugStart = (start: string) => {
  const entry = seed.find((candidate) => candidate.slug.startsWith(start));
  if (!entry) throw new Error(`no seed entry ${start}…`);
  return entry;
};

describe('snippetFor', () => {
  test.each([
    [
      'rethinking-brain-tumor',
      'To address this, we propose the Harmonized Frequency Fusion Network (HFF-Net), which rethinks brain tumor segmentation from a frequency-domain perspective.',
    ],
    ['medimageinsight', 'In this work, we present MedImageInsight, an open-source medical imaging embedding model.'],
    [
      'rad',
      'To address this limitation, we propose Retrieval-Augmented Diagnosis (RAD), a novel framework that explicitly injects external knowledge into multimodal models directly on downstream tasks.',
    ],
    [
      'infusing-clinical-knowledge',
      'This study introduces a novel knowledge enhanced tokenisation mechanism, K-Tokeniser, for clinical text processing.',
    ],
    [
      'clinical-prompt-learning',
      'We investigated the viability of prompt learning on clinically meaningful decision tasks and directly compared with more traditional fine-tuning methods.',
    ],
    [
      'clinical-text-summarization',
      'In this work, we employ domain adaptation methods on eight LLMs, spanning six datasets and four distinct summarization tasks: radiology reports, patient questions, progress notes, and doctor-patient dialogue.',
    ],
  ])('picks the sentence in which the authors say what they do (%s)', (slug, expected) => {
    expect(snippetFor(bySlugStart(slug))).toBe(expected);
  });

  test('prefers "we propose" to an earlier "we develop"', () => {
    expect(
      snippetFor({ abstract: 'Background matters here. We develop a corpus of notes. We propose NoteNet, a model.' }),
    ).toBe('We propose NoteNet, a model.');
  });

  test('does not read a noun ("a reader study") as the authors\' verb', () => {
    const abstract = 'Summaries burden clinicians greatly. Lastly, we correlate metrics with reader study scores.';
    expect(snippetFor({ abstract })).toBe('Summaries burden clinicians greatly.');
  });

  test('falls back to the first sentence when no sentence says what the authors did', () => {
    const entry = bySlugStart('clinical-decision-support-system-for-unani');
    expect(snippetFor(entry)).toBe(abstractLead(entry.abstract, 240));
    expect(snippetFor(entry)).toMatch(/^Like other fields of Traditional Medicines/);
  });

  test("most seed snippets are an authors' statement, not the scene-setting first sentence", () => {
    const changed = seed.filter((entry) => snippetFor(entry) !== splitSentences(entry.abstract)[0]);
    expect(changed.length).toBeGreaterThanOrEqual(50);
  });

  test('every seed snippet is text of its own abstract, at most 240 characters', () => {
    for (const entry of seed) {
      const snippet = snippetFor(entry);
      expect(snippet.length, entry.slug).toBeLessThanOrEqual(240);
      expect(entry.abstract.replace(/\s+/g, ' '), entry.slug).toContain(snippet.replace(/…$/, ''));
    }
  });

  test('never cuts inside $…$ math', () => {
    const abstract = `We propose a test with ${'many words '.repeat(20)}and $\\alpha = 0.05 + \\beta_{1} + \\gamma_{2}$ as its level.`;
    const snippet = snippetFor({ abstract }, 240);
    expect(snippet).toMatch(/…$/);
    expect(snippet).not.toContain('$');
  });
});
