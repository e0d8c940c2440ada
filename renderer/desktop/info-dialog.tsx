import { useEffect, useId, useRef, useState } from 'react';
import { version } from '../../package.json';

/** Projects Mission Studio is built on, shown in the About box (links open in the user's browser). */
const BUILT_WITH: ReadonlyArray<{ name: string; url: string }> = [
  { name: 'Electron', url: 'https://www.electronjs.org/' },
  { name: 'React', url: 'https://react.dev/' },
  { name: 'React Flow', url: 'https://reactflow.dev/' },
  { name: 'Monaco Editor', url: 'https://microsoft.github.io/monaco-editor/' },
];

/** The About box or the project's README, as a modal dialog. */
export function InfoDialog({ kind, onClose }: { kind: 'about' | 'readme'; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const [readme, setReadme] = useState<string | null>(null);
  useEffect(() => {
    dialog.current?.showModal();
    // A modal dialog focuses its first control (a link here); Close is the likelier next key press.
    close.current?.focus();
  }, []);
  useEffect(() => {
    if (kind !== 'readme') return;
    let live = true;
    // Loaded on first use: the README is not needed to start the app.
    import('../../README.md?raw').then(
      (module) => live && setReadme(module.default),
      () => live && setReadme('The README could not be loaded.'),
    );
    return () => {
      live = false;
    };
  }, [kind]);
  return (
    <dialog ref={dialog} aria-labelledby={titleId} className={`desktop-dialog info-dialog info-${kind}`} onClose={onClose}>
      {kind === 'about' ? (
        <>
          <h2 id={titleId}>Mission Studio</h2>
          <p>Version {version}</p>
          <p>A desktop editor and previewer for narrative game missions.</p>
          <p>Built with:</p>
          <ul>
            {BUILT_WITH.map((project) => (
              <li key={project.name}>
                <a href={project.url}>{project.name}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <h2 id={titleId}>Read Me</h2>
          <pre className="readme-text">{readme ?? 'Loading…'}</pre>
        </>
      )}
      <div className="desktop-dialog-buttons">
        <button ref={close} type="button" className="primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
