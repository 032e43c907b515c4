// A file the user picks or drops: imported, unless the same file is already on the map (or being
// read), when the user is asked first, "Add again" or "Skip", rather than given a second layer of
// the same rows without a word.
import { quotedName } from '../import/file-name';
import { sameFile } from '../import/same-file';
import { blobOf, type FileSource } from '../import/stored-file';
import { type ImportMessage, importMessages } from './datasets';
import { addedFiles, importFile, say } from './import-actions';

/**
 * Whether one of `added` (of the file's size) holds the same file. A restored dataset's file is
 * read from storage only now, to be compared; a file that cannot be read is not the same (the
 * import then says what is wrong with the new one).
 */
export async function alreadyAdded(file: Blob, added: readonly FileSource[]): Promise<boolean> {
  for (const f of added) {
    const bytes = await blobOf(f);
    if (bytes && (await sameFile(file, bytes).catch(() => false))) return true;
  }
  return false;
}

/** Imports the file, or asks first when the same file (name, size, bytes or time) is already in. */
export async function addFile(file: Blob, name: string): Promise<void> {
  const sameSize = addedFiles(name).filter((f) => f.size === file.size);
  // No await before importFile when nothing can match: a second copy dropped at once then sees the first.
  if (sameSize.length === 0 || !(await alreadyAdded(file, sameSize))) return importFile(file, name);
  say({
    tone: 'warn',
    text: `${quotedName(name)} is already on the map: the same file was added before. Add it again as a layer of its own?`,
    duplicate: { file, name },
  });
}

/** The user's answer to "add it again?": the question goes, and the file is imported if they said so. */
export function answerDuplicate(message: ImportMessage, addAgain: boolean): void {
  importMessages.value = importMessages.value.filter((m) => m !== message);
  const { duplicate } = message;
  if (addAgain && duplicate) void importFile(duplicate.file, duplicate.name);
}
