// Watches one file for changes. The folder is watched rather than the file, because many editors
// save by writing a new file and renaming it over the old one, which ends a watch on the file itself.
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';

const DEBOUNCE_MS = 80;

export function watchFile(path: string, onChange: () => void): { close: () => void } {
  const name = basename(path);
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dirname(path), (_event, filename) => {
    // Some platforms omit the name; then any change in the folder may be ours.
    if (filename && filename.toString() !== name) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, DEBOUNCE_MS);
  });
  return {
    close: () => {
      clearTimeout(timer);
      watcher.close();
    },
  };
}
