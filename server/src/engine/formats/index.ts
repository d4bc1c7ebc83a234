import type { Format, ProseView } from '../types';
import { plainTextView } from './embeddedTurns';
import { latexView } from './latex';
import { markdownView, markdownViewInSteps } from './markdown';
import type { Steps } from '../steps';
import { subtitlesView } from './subtitles';
import { looksLikeTranscript, transcriptView } from './transcript';

/** proseView in steps where the adapter has them (Markdown: a run of pieces parsed per step). */
export function* proseViewInSteps(text: string, format: Format): Steps<ProseView> {
  return format === 'markdown' ? yield* markdownViewInSteps(text) : proseView(text, format);
}

/** The document's prose with everything else blanked, offsets unchanged: what every later stage reads. */
export function proseView(text: string, format: Format): ProseView {
  switch (format) {
    case 'markdown':
      return markdownView(text);
    case 'latex':
      return latexView(text);
    case 'transcript':
      return transcriptView(text);
    case 'vtt':
      return subtitlesView(text);
    case 'plaintext':
      return plainTextView(text);
  }
}

/** The format of a file by its extension; given its text, a .txt file whose lines are mostly speaker turns is a transcript. */
export function formatForPath(path: string, text?: string): Format {
  const extension = /\.([^./\\]+)$/.exec(path)?.[1].toLowerCase();
  switch (extension) {
    case 'md':
    case 'markdown':
    case 'mdown':
    case 'mkd':
      return 'markdown';
    case 'tex':
    case 'latex':
    case 'ltx':
      return 'latex';
    case 'vtt':
    case 'srt':
      return 'vtt';
    default:
      return text !== undefined && looksLikeTranscript(text) ? 'transcript' : 'plaintext';
  }
}

/** The format for a VS Code language id, or null for languages Quote Check does not read. */
export function formatForLanguageId(languageId: string): Format | null {
  switch (languageId) {
    case 'markdown':
      return 'markdown';
    case 'plaintext':
      return 'plaintext';
    case 'latex':
    case 'tex':
      return 'latex';
    default:
      return null;
  }
}
