import type { BackupSummary } from '../host/host.types';
import type { Prompt } from './prompt-queue';

/** How a backup's time is shown: the user's locale, date and time. */
export function formatBackupTime(savedAt: number, locale?: string): string {
  return new Date(savedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The offer made at launch for a backup left by a session that ended without saving. */
export function recoveryPrompt(backup: BackupSummary, formatTime: (savedAt: number) => string = formatBackupTime): Prompt {
  return {
    title: 'Restore unsaved changes?',
    message: `Restore unsaved changes to ${backup.name} from ${formatTime(backup.savedAt)}?`,
    buttons: [
      { id: 'restore', label: 'Restore' },
      { id: 'discard', label: 'Discard' },
    ],
    // Escape keeps the backup for the next launch rather than deleting work the user never looked at.
    cancelId: 'later',
  };
}

/** The question when the open file changed on disk, by another program. */
export function fileChangedPrompt(name: string, dirty: boolean): Prompt {
  return {
    title: 'File changed on disk',
    message: `${name} was changed by another program.${dirty ? ' Reloading it discards your unsaved changes.' : ''} Reload it, or keep your version?`,
    buttons: [
      { id: 'reload', label: 'Reload' },
      { id: 'keep', label: 'Keep mine' },
    ],
    cancelId: 'keep',
  };
}
