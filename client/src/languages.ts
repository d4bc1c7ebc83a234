import * as vscode from 'vscode';
import type { DocumentSelector } from 'vscode-languageclient/node';

/** The language ids checked when `quoteCheck.languages` is unset (the same default as the server's settings). */
const DEFAULT_LANGUAGES = ['markdown', 'plaintext', 'latex'];

/** The language ids of the drafts to check, from `quoteCheck.languages`. */
export function checkedLanguages(): string[] {
  const configured = vscode.workspace.getConfiguration('quoteCheck').get<unknown>('languages');
  const valid = Array.isArray(configured) ? configured.filter((id): id is string => typeof id === 'string' && id !== '') : [];
  return valid.length > 0 ? valid : DEFAULT_LANGUAGES;
}

/** Saved drafts and untitled ones, in the checked languages. */
export function draftSelector(languages: readonly string[]): DocumentSelector {
  return languages.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]);
}

export function isCheckedDraft(document: vscode.TextDocument, languages: readonly string[]): boolean {
  return (document.uri.scheme === 'file' || document.uri.scheme === 'untitled') && languages.includes(document.languageId);
}
