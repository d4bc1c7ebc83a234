import { watch, type FSWatcher } from 'node:fs';
import * as path from 'node:path';

/**
 * File watching for clients that cannot register workspace/didChangeWatchedFiles: the server watches the source
 * folders itself (recursively) and reports changed paths. Folders that do not exist yet are watched from their
 * nearest existing parent, so creating the sources folder later is seen too.
 */
export class FallbackWatcher {
  private watchers: FSWatcher[] = [];

  constructor(
    private readonly changed: (file: string) => void,
    private readonly log: (message: string) => void,
  ) {}

  /** Replaces what is watched with these folders. */
  watch(folders: readonly string[]): void {
    this.dispose();
    for (const folder of new Set(folders)) {
      try {
        const watcher = watch(folder, { recursive: true }, (_event, name) => {
          if (name) this.changed(path.join(folder, name.toString()));
        });
        watcher.on('error', (error) => this.log(`Watching ${folder} stopped: ${error.message}`));
        this.watchers.push(watcher);
      } catch (error) {
        this.log(`Cannot watch ${folder} for source changes: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  dispose(): void {
    for (const watcher of this.watchers) watcher.close();
    this.watchers = [];
  }
}
