import { useEditor } from './app-context';

/** Says that the open file was written in an older format and upgraded as it opened, until it is saved. */
export function UpgradeBanner() {
  const upgrade = useEditor((s) => s.upgrade);
  const name = useEditor((s) => s.file?.name ?? 'This file');
  if (!upgrade) return null;
  return (
    <p role="status" aria-label="File format upgraded" className="notice upgrade-notice">
      {name} was written in format {upgrade.from}: it was upgraded to {upgrade.to} as it opened ({upgrade.migrations.join(', ')}). Save to
      keep it in the new format; the file on disk is unchanged until then.
    </p>
  );
}
