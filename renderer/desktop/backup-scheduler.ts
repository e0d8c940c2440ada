import type { BackupRef, BackupWrite } from '../host/host.types';

/** About a second after the last edit: late enough not to write on every keystroke, early enough to lose little. */
export const BACKUP_DELAY_MS = 1000;

/** What the scheduler is told after each change: which document, whether it has unsaved changes, and its text. */
export interface BackupSnapshot {
  ref: BackupRef;
  dirty: boolean;
  /** Read only when the backup is written, so a burst of edits serialises the mission once. */
  text(): string;
}

/** Where backups go and how time passes; tests hand in fakes. */
export interface BackupSchedulerDeps {
  write(backup: BackupWrite): Promise<void>;
  remove(ref: BackupRef): Promise<void>;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  onError(error: unknown): void;
  delayMs?: number;
}

/** Backs up unsaved work a moment after the last change and removes the backup once the work is saved or dropped. */
export interface BackupScheduler {
  update(snapshot: BackupSnapshot | null): void;
  /**
   * Takes charge of an existing backup (one just restored, under another session's id): it is removed once this
   * session's own backup of the work is written, or once the work is saved or dropped, never before.
   */
  adopt(ref: BackupRef): void;
  /** Writes a pending backup now (before the page goes away). */
  flush(): Promise<void>;
  dispose(): void;
}

// One document session, whatever its file is called now (Save As renames it, the session stays).
const sameRef = (a: BackupRef, b: BackupRef) => a.id === b.id;

/**
 * Creates a scheduler. It removes only backups it wrote itself: a backup left by a crashed session stays until
 * the user answers the offer to restore it. Writes and removals run one after another, so a slow write can
 * never land after the removal that should have followed it.
 */
export function createBackupScheduler(deps: BackupSchedulerDeps): BackupScheduler {
  const delay = deps.delayMs ?? BACKUP_DELAY_MS;
  let latest: BackupSnapshot | null = null;
  let timer: unknown = null;
  let written: BackupRef[] = [];
  let adopted: BackupRef[] = [];
  let queue: Promise<void> = Promise.resolve();

  const enqueue = (step: () => Promise<void>) => {
    queue = queue.then(step).catch(deps.onError);
    return queue;
  };
  const cancelTimer = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };
  const removeAll = (refs: BackupRef[]) => {
    for (const ref of refs) void enqueue(() => deps.remove(ref));
  };
  const removeWritten = (keep: BackupRef | null) => {
    const drop = written.filter((ref) => !keep || !sameRef(ref, keep));
    written = written.filter((ref) => keep !== null && sameRef(ref, keep));
    removeAll(drop);
  };
  const writeNow = () => {
    cancelTimer();
    const snapshot = latest;
    if (!snapshot?.dirty) return queue;
    const backup: BackupWrite = { ...snapshot.ref, text: snapshot.text() };
    if (!written.some((ref) => sameRef(ref, snapshot.ref))) written.push(snapshot.ref);
    const replaced = adopted.filter((ref) => !sameRef(ref, snapshot.ref));
    adopted = [];
    // The restored backup goes only after its work is safe under this session's id: a failed write keeps it.
    queue = queue
      .then(async () => {
        await deps.write(backup);
        for (const ref of replaced) await deps.remove(ref);
      })
      .catch(deps.onError);
    return queue;
  };

  return {
    update(snapshot) {
      latest = snapshot;
      if (!snapshot || !snapshot.dirty) {
        cancelTimer();
        removeWritten(null);
        removeAll(adopted);
        adopted = [];
        return;
      }
      // Another document replaced the one backed up (opened, restored): its backup is no longer wanted.
      removeWritten(snapshot.ref);
      cancelTimer();
      timer = deps.setTimer(() => {
        timer = null;
        void writeNow();
      }, delay);
    },
    adopt(ref) {
      if (!adopted.some((known) => sameRef(known, ref))) adopted.push(ref);
    },
    flush: () => (timer === null ? queue : writeNow()),
    dispose() {
      cancelTimer();
      latest = null;
    },
  };
}
