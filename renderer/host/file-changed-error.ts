/** A save refused because someone else changed the file on disk since the app read it; nothing was written. */
export class FileChangedOnDiskError extends Error {
  constructor(readonly fileName: string) {
    super(`${fileName} changed on disk since it was opened`);
    this.name = 'FileChangedOnDiskError';
  }
}
