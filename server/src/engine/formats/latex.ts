import type { ProseView } from '../types';
import { lineEndAt } from '../text/lines';
import { blankLineParagraphs } from '../text/paragraphs';
import { Mask } from './mask';

// LaTeX through a small scanner. Comments, verbatim-like environments, math, the preamble and command names become
// spaces; the text inside the braces of text-bearing commands stays. Quotation syntax (``…'', `…', \enquote{…},
// \textquote[cite]{…}, \say{…}, babel's "`…"' and the \glqq-style mark commands) is rewritten into plain curly marks of
// the same length, each placed next to the words it encloses, so the quotation scanner needs no LaTeX knowledge.

const VERBATIM_ENVS = new Set([
  'verbatim', 'verbatim*', 'Verbatim', 'BVerbatim', 'lstlisting', 'minted', 'comment', 'alltt',
  'equation', 'equation*', 'align', 'align*', 'gather', 'gather*', 'multline', 'multline*', 'eqnarray', 'eqnarray*',
  'displaymath', 'math', 'tikzpicture', 'filecontents', 'filecontents*',
]);
/** Environments whose \begin takes brace arguments that are not prose (column specs, widths). */
const ARGUMENT_ENVS = new Set(['tabular', 'tabular*', 'tabularx', 'array', 'minipage', 'multicols', 'thebibliography', 'wrapfigure']);
/** Commands whose arguments are all keys, paths or lengths, never prose. */
const NON_PROSE_COMMANDS = new Set([
  'cite', 'citep', 'citet', 'citealp', 'citeauthor', 'citeyear', 'parencite', 'textcite', 'autocite', 'footcite',
  'fullcite', 'nocite', 'ref', 'eqref', 'pageref', 'autoref', 'cref', 'Cref', 'nameref', 'label', 'url', 'input',
  'include', 'includegraphics', 'usepackage', 'RequirePackage', 'documentclass', 'bibliography', 'bibliographystyle',
  'addbibresource', 'hspace', 'vspace', 'setlength', 'addtolength', 'setcounter', 'newcommand', 'renewcommand',
  'providecommand', 'newenvironment', 'renewenvironment', 'DeclareMathOperator', 'color', 'pagestyle',
  'thispagestyle', 'linespread', 'newpage', 'clearpage', 'maketitle', 'tableofcontents', 'index', 'hypersetup',
  'geometry', 'graphicspath', 'verb', 'lstinline', 'mintinline',
]);
/** Commands whose first brace argument is not prose but whose later ones are (\href{url}{text}). */
const FIRST_ARGUMENT_NOT_PROSE = new Set(['href', 'textcolor', 'colorbox', 'foreignlanguage', 'hyperlink', 'hypertarget']);
/** csquotes-style commands whose last brace argument is the quotation. */
const QUOTE_COMMANDS: Record<string, number> = {
  enquote: 0, say: 0, textquote: 0, blockquote: 0, foreignquote: 1, hyphenquote: 1, foreigntextquote: 1,
  hyphentextquote: 1, foreignblockquote: 1, hyphenblockquote: 1,
};
/** Commands that stand for one quotation mark. */
const MARK_COMMANDS: Record<string, string> = {
  glqq: '„', grqq: '“', glq: '‚', grq: '‘', flqq: '«', frqq: '»', flq: '‹', frq: '›',
  textquotedblleft: '“', textquotedblright: '”', textquoteleft: '‘', textquoteright: '’', lq: '‘', rq: '’',
  guillemotleft: '«', guillemotright: '»', guillemetleft: '«', guillemetright: '»',
  quotedblbase: '„', quotesinglbase: '‚', textquotedbl: '"',
};
/** babel shorthands after `"`: quotation marks, and hyphenation hints that are not text at all. */
const BABEL_MARKS: Record<string, string> = { '`': ' „', "'": '“ ', '<': ' «', '>': '» ' };
/** Mark commands that open: their mark goes at the command's end, next to the words it opens. */
const OPENING_MARK_COMMANDS = new Set([
  'glqq', 'glq', 'flqq', 'flq', 'textquotedblleft', 'textquoteleft', 'lq', 'guillemotleft', 'guillemetleft',
  'quotedblbase', 'quotesinglbase',
]);
const BABEL_HINTS = new Set(['-', '=', '"', '|', '~']);
/** Commands that print punctuation the matcher reads: an ellipsis marks elided words, a dash splits words. */
const TEXT_SYMBOL_COMMANDS: Record<string, string> = { ldots: '…', dots: '…', textellipsis: '…', textendash: '–', textemdash: '—' };

interface Group {
  /** The mark that replaces the closing brace (a quotation command's), or null for a plain group. */
  readonly closeMark: string | null;
}

export function latexView(text: string): ProseView {
  const mask = new Mask(text);
  const groups: Group[] = [];
  let quoteDepth = 0;
  let i = 0;
  const body = /\\begin\s*\{document\}/.exec(text);
  if (body !== null) {
    i = body.index + body[0].length;
    mask.blank(0, i);
    const end = text.indexOf('\\end{document}', i);
    if (end >= 0) mask.blank(end, text.length);
  }
  while (i < text.length) {
    const c = text[i];
    if (c === '%') {
      // An escaped \% never gets here: command() consumes it.
      const end = lineEndAt(text, i);
      mask.blank(i, end);
      i = end;
    } else if (c === '\\') {
      i = command(i);
    } else if (c === '{') {
      groups.push({ closeMark: null });
      mask.blank(i, ++i);
    } else if (c === '}') {
      const group = groups.pop();
      if (group?.closeMark) {
        mask.write(i, group.closeMark);
        quoteDepth--;
      } else {
        mask.blank(i, i + 1);
      }
      i++;
    } else if (c === '$') {
      i = math(i);
    } else if (c === '`') {
      // The mark goes next to the words: `` becomes " “" and '' becomes "” ".
      mask.write(i, text[i + 1] === '`' ? ' “' : '‘');
      i += text[i + 1] === '`' ? 2 : 1;
    } else if (c === "'" && text[i + 1] === "'") {
      mask.write(i, '” ');
      i += 2;
    } else if (c === '"' && i + 1 < text.length && (BABEL_MARKS[text[i + 1]] || BABEL_HINTS.has(text[i + 1]))) {
      if (BABEL_MARKS[text[i + 1]]) mask.write(i, BABEL_MARKS[text[i + 1]]);
      else mask.blank(i, i + 2);
      i += 2;
    } else if (c === '~') {
      mask.blank(i, ++i);
    } else {
      i++;
    }
  }
  const masked = mask.toString();
  return { original: text, text: masked, format: 'latex', utterances: [], blocks: blankLineParagraphs(masked) };

  // Handles the command at `at` (a backslash); returns where scanning resumes.
  function command(at: number): number {
    const next = text[at + 1];
    if (next === undefined) {
      mask.blank(at, at + 1);
      return at + 1;
    }
    if (!/[A-Za-z@]/.test(next)) return symbolCommand(at, next);
    let end = at + 1;
    while (end < text.length && /[A-Za-z@]/.test(text[end])) end++;
    const name = text.slice(at + 1, end);
    if (text[end] === '*') end++;
    mask.blank(at, end);
    if (name === 'begin' || name === 'end') return environment(name, end);
    if (name === 'verb' || name === 'lstinline' || name === 'mintinline') return inlineVerbatim(at, end);
    if (MARK_COMMANDS[name]) {
      mask.write(OPENING_MARK_COMMANDS.has(name) ? end - 1 : at, MARK_COMMANDS[name]);
      return skipEmptyGroup(end);
    }
    if (TEXT_SYMBOL_COMMANDS[name]) {
      mask.write(at, TEXT_SYMBOL_COMMANDS[name]);
      return skipEmptyGroup(end);
    }
    if (name in QUOTE_COMMANDS) return quoteCommand(end, QUOTE_COMMANDS[name]);
    if (NON_PROSE_COMMANDS.has(name)) return blankArguments(end, Infinity);
    end = blankArguments(end, 0);
    return FIRST_ARGUMENT_NOT_PROSE.has(name) ? blankArguments(end, 1) : end;
  }

  function symbolCommand(at: number, next: string): number {
    if (next === '[' || next === '(') {
      const close = text.indexOf(next === '[' ? '\\]' : '\\)', at + 2);
      const end = close < 0 ? at + 2 : close + 2;
      mask.blank(at, end);
      return end;
    }
    // \% \& \$ \# \_ \{ \} are the characters themselves; anything else (\\, \,, accents such as \" and \') is not text.
    mask.blank(at, '%&$#_{}'.includes(next) ? at + 1 : at + 2);
    return at + 2;
  }

  function environment(name: string, from: number): number {
    const arg = braceArgument(from);
    if (arg === null) return from;
    const env = text.slice(arg.start + 1, arg.end - 1).trim();
    mask.blank(from, arg.end);
    if (name === 'begin' && VERBATIM_ENVS.has(env)) {
      const close = new RegExp(`\\\\end\\s*\\{${env.replace(/[*]/g, '\\*')}\\}`, 'g');
      close.lastIndex = arg.end;
      const found = close.exec(text);
      const end = found === null ? text.length : found.index + found[0].length;
      mask.blank(arg.end, end);
      return end;
    }
    return name === 'begin' ? blankArguments(arg.end, ARGUMENT_ENVS.has(env) ? Infinity : 0) : arg.end;
  }

  function inlineVerbatim(at: number, from: number): number {
    let start = from;
    if (text[start] === '[') start = blankArguments(start, 0);
    const delimiter = text[start] === '{' ? '}' : text[start];
    const close = delimiter === undefined ? -1 : text.indexOf(delimiter, start + 1);
    const end = close < 0 || text.slice(start, close).includes('\n') ? start : close + 1;
    mask.blank(at, end);
    return end;
  }

  function quoteCommand(from: number, languageArguments: number): number {
    let at = blankArguments(from, languageArguments);
    while (text[at] === '[') at = blankArguments(at, 0, 1);
    if (text[at] !== '{') return at;
    const nested = quoteDepth % 2 === 1;
    mask.write(at, nested ? '‘' : '“');
    groups.push({ closeMark: nested ? '’' : '”' });
    quoteDepth++;
    return at + 1;
  }

  /** Blanks the optional [..] arguments at `from` and then up to `braces` brace arguments (or only `brackets` [..]). */
  function blankArguments(from: number, braces: number, brackets = Infinity): number {
    let at = from;
    let seenBrackets = 0;
    while (text[at] === '[' && seenBrackets < brackets) {
      const close = matching(at, '[', ']');
      if (close < 0) break;
      mask.blank(at, close + 1);
      at = close + 1;
      seenBrackets++;
    }
    for (let n = 0; n < braces; n++) {
      const arg = braceArgument(at);
      if (arg === null) break;
      mask.blank(at, arg.end);
      at = arg.end;
    }
    return at;
  }

  /** The brace group starting at `from` (after optional spaces), if there is a balanced one. */
  function braceArgument(from: number): { start: number; end: number } | null {
    let at = from;
    while (text[at] === ' ' || text[at] === '\t') at++;
    if (text[at] !== '{') return null;
    const close = matching(at, '{', '}');
    return close < 0 ? null : { start: at, end: close + 1 };
  }

  function skipEmptyGroup(from: number): number {
    if (text[from] !== '{' || text[from + 1] !== '}') return from;
    mask.blank(from, from + 2);
    return from + 2;
  }

  // Inline math $…$ must close within its paragraph; otherwise the $ is a stray character.
  function math(at: number): number {
    const display = text[at + 1] === '$';
    const opener = display ? 2 : 1;
    let end = at + opener;
    while (end < text.length && text[end] !== '$' && !isParagraphBreak(text, end)) end += text[end] === '\\' ? 2 : 1;
    if (end >= text.length || text[end] !== '$') {
      mask.blank(at, at + opener);
      return at + opener;
    }
    end += display && text[end + 1] === '$' ? 2 : 1;
    mask.blank(at, end);
    return end;
  }

  function matching(at: number, open: string, close: string): number {
    let depth = 0;
    for (let j = at; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === open) depth++;
      else if (text[j] === close && --depth === 0) return j;
      else if (isParagraphBreak(text, j)) return -1;
    }
    return -1;
  }
}

function isParagraphBreak(text: string, at: number): boolean {
  if (text[at] !== '\n' && text[at] !== '\r') return false;
  let j = at + 1;
  if (text[at] === '\r' && text[j] === '\n') j++;
  while (text[j] === ' ' || text[j] === '\t') j++;
  return text[j] === '\n' || text[j] === '\r';
}
