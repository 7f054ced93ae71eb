// Edits a JSON(C) document in place, keeping its comments, key order and indentation.
import { applyEdits, modify, type FormattingOptions, type JSONPath } from 'jsonc-parser';

function detectFormatting(text: string): FormattingOptions {
  const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
  return {
    insertSpaces: !indent.startsWith('\t'),
    tabSize: indent.startsWith('\t') ? 1 : indent.length,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

export interface JsonChange {
  path: JSONPath;
  value: unknown;
  /** Insert into the array at path's last index (-1 appends) instead of replacing. */
  insert?: boolean;
}

export function editJson(text: string, changes: JsonChange[]): string {
  const formattingOptions = detectFormatting(text);
  return changes.reduce(
    (current, change) =>
      applyEdits(current, modify(current, change.path, change.value, { formattingOptions, isArrayInsertion: change.insert ?? false })),
    text,
  );
}
