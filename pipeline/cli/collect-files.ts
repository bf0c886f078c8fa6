import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** The files a folder walk picks up; a file named on the command line is taken whatever its name. */
export const INGESTIBLE_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf', '.txt', '.text']);

export interface CollectedFiles {
  /** Files to ingest, in a stable order: arguments in the order given, folders sorted by name. */
  files: string[];
  /** Folders that could not be listed. */
  problems: Array<{ path: string; error: { code: string; message: string } }>;
}

const isHidden = (name: string): boolean => name.startsWith('.');
const isIngestible = (name: string): boolean => INGESTIBLE_EXTENSIONS.has(extname(name).toLowerCase());

/**
 * Expands files and folders into the files to ingest. Folders are walked recursively, skipping
 * hidden entries; symlinks are followed, but every folder and file is visited once by its real
 * path, so a link back up the tree cannot loop and a file linked twice is ingested once.
 * A path that does not exist is kept, so the pipeline reports it like any other bad file.
 */
export async function collectFiles(inputs: readonly string[]): Promise<CollectedFiles> {
  const files: string[] = [];
  const problems: CollectedFiles['problems'] = [];
  const seen = new Set<string>();

  const addFile = async (path: string): Promise<void> => {
    const real = await realpath(path).catch(() => path);
    if (seen.has(real)) return;
    seen.add(real);
    files.push(path);
  };

  const walk = async (dir: string): Promise<void> => {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch (e) {
      problems.push({
        path: dir,
        error: { code: 'unreadable', message: `Folder cannot be listed: ${(e as NodeJS.ErrnoException).code ?? e}` },
      });
      return;
    }
    for (const name of names) {
      if (isHidden(name)) continue;
      const path = join(dir, name);
      const info = await stat(path).catch(() => null); // follows symlinks; null for a dangling one
      if (info?.isDirectory()) await walk(path);
      else if (info?.isFile() && isIngestible(name)) await addFile(path);
    }
  };

  for (const input of inputs) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) await walk(input);
    else await addFile(input);
  }
  return { files, problems };
}
