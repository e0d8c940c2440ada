import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useServices, useTranslations } from '../app-context';
import { missionLanguages } from '@mission-studio/core/strings';
import {
  blockingErrors,
  DIALOG_FORMATS,
  formatOf,
  initialChoice,
  previewText,
  runExport,
  suggestedName,
  textPreview,
  type ExportChoice,
} from './export-model';
import { svgToPngBlob } from './svg-to-png';
import './export.css';

/**
 * File > Export…: pick a format and its options, look at a preview, and save the file through the host (a
 * native dialog in Electron; the browser's save picker where it has one, else a download). Every format is
 * written by core, the same code as `mission-studio export`.
 */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const { store, ui, checks, ctx } = useServices();
  const translations = useTranslations((s) => s.translations);
  const host = ctx.host;
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // The mission as it is when the dialog opens: an export is of what the user sees now.
  const [{ mission, selection, errors }] = useState(() => {
    const state = store.getState();
    if (!state.doc) throw new Error('the Export dialog needs an open mission');
    return {
      mission: state.doc.mission,
      selection: ui.getState().selection.nodeIds,
      errors: blockingErrors(checks.getState().diagnostics),
    };
  });
  const [choice, setChoice] = useState<ExportChoice>(() => initialChoice(mission));
  const [fileName, setFileName] = useState(() => suggestedName(mission, initialChoice(mission)));
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const format = formatOf(choice);
  const result = useMemo(() => {
    try {
      return runExport(mission, choice, selection, translations);
    } catch (error) {
      return {
        text: '',
        diagnostics: [
          {
            code: 'export-error' as const,
            severity: 'error' as const,
            message: error instanceof Error ? error.message : String(error),
            path: '',
          },
        ],
      };
    }
  }, [mission, choice, selection, translations]);
  const problems = result.diagnostics.filter((d) => d.severity === 'error');
  const notes = result.diagnostics.filter((d) => d.severity !== 'error');
  const picture = format.id === 'svg' || format.id === 'png';
  const pictureUrl = usePictureUrl(picture && problems.length === 0 ? result.text : null);
  const languages = missionLanguages(mission);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  const pick = (next: Partial<ExportChoice>) => {
    const updated = { ...choice, ...next };
    setChoice(updated);
    if (next.format !== undefined) setFileName(suggestedName(mission, updated));
  };

  const write = async () => {
    setBusy(true);
    setFailure(null);
    try {
      const data = format.id === 'png' ? new Uint8Array(await (await svgToPngBlob(result.text)).arrayBuffer()) : result.text;
      const saved = await host.saveExport({ name: fileName.trim() || suggestedName(mission, choice), mimeType: format.mimeType, data });
      if (saved) {
        ctx.notify(`Exported ${saved.name} (${format.label}).`);
        dialog.current?.close();
      }
    } catch (error) {
      setFailure(`The export was not written: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const blocked = problems.length > 0 || (errors.length > 0 && !force) || busy;
  return (
    <dialog ref={dialog} aria-labelledby={titleId} className="desktop-dialog export-dialog" onClose={onClose}>
      <h2 id={titleId}>Export</h2>
      <div className="export-body">
        <fieldset className="export-formats">
          <legend>Format</legend>
          {DIALOG_FORMATS.map((f) => (
            <label key={f.id} className="export-format">
              <input
                type="radio"
                name="export-format"
                value={f.id}
                checked={choice.format === f.id}
                onChange={() => pick({ format: f.id })}
              />
              <span className="export-format-label">{f.label}</span>
              <span className="export-format-description">{f.description}</span>
            </label>
          ))}
        </fieldset>
        <div className="export-side">
          <div className="export-options">
            {format.reads.includes('faction') && mission.meta.factions.length > 1 && (
              <label>
                Faction{' '}
                <select value={choice.faction} onChange={(e) => pick({ faction: e.target.value })}>
                  {mission.meta.factions.map((f) => (
                    <option key={f} value={f}>
                      {f}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {format.reads.includes('language') && languages.length > 1 && (
              <label>
                Language{' '}
                <select value={choice.language} onChange={(e) => pick({ language: e.target.value })}>
                  {languages.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {format.reads.includes('selection') && (
              <label>
                <input
                  type="checkbox"
                  checked={choice.selectionOnly}
                  disabled={selection.length === 0}
                  onChange={(e) => pick({ selectionOnly: e.target.checked })}
                />{' '}
                Only the selection{' '}
                {selection.length > 0 ? `(${selection.length} node${selection.length === 1 ? '' : 's'})` : '(nothing selected)'}
              </label>
            )}
            <label className="export-file-name">
              File name <input type="text" value={fileName} spellCheck={false} onChange={(e) => setFileName(e.target.value)} />
            </label>
          </div>
          <section className="export-preview" aria-label="Export preview">
            {problems.length > 0 ? (
              <ul className="export-problems">
                {problems.map((d, i) => (
                  <li key={i}>{d.message}</li>
                ))}
              </ul>
            ) : picture ? (
              pictureUrl && (
                <img src={pictureUrl} alt={`The mission's graph as a picture${choice.selectionOnly ? ' (the selection)' : ''}`} />
              )
            ) : format.id === 'html' ? (
              <p>
                A page of {Math.round(result.text.length / 1024)} KB that plays the mission in any browser, offline: faction and seed
                pickers, choices, fights, step back and the endings.
              </p>
            ) : (
              <PreviewText text={previewText(format, result.text)} />
            )}
          </section>
          {notes.length > 0 && (
            <ul className="export-notes" aria-label="Export notes">
              {notes.map((d, i) => (
                <li key={i}>{d.message}</li>
              ))}
            </ul>
          )}
          {errors.length > 0 && (
            <p role="note" className="export-warning">
              The mission has {errors.length} error{errors.length === 1 ? '' : 's'} (see Problems); its export may not play as intended.{' '}
              <label>
                <input type="checkbox" checked={force} onChange={(e) => setForce(e.target.checked)} /> Export anyway
              </label>
            </p>
          )}
          {failure && (
            <p role="alert" className="export-warning">
              {failure}
            </p>
          )}
        </div>
      </div>
      <div className="desktop-dialog-buttons">
        <button type="button" onClick={() => dialog.current?.close()}>
          Cancel
        </button>
        <button type="button" className="primary" disabled={blocked} onClick={() => void write()}>
          {busy ? 'Exporting…' : 'Export'}
        </button>
      </div>
    </dialog>
  );
}

function PreviewText({ text }: { text: string }) {
  const { shown, moreLines } = textPreview(text);
  return (
    <>
      <pre className="export-text">{shown}</pre>
      {moreLines > 0 && <p className="export-more">… and {moreLines.toLocaleString('en-US')} more lines</p>}
    </>
  );
}

/** A blob: URL for an SVG picture while it is shown, revoked when it changes or the dialog closes. */
function usePictureUrl(svg: string | null): string | null {
  const url = useMemo(() => (svg === null ? null : URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))), [svg]);
  useEffect(
    () => () => {
      if (url !== null) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
