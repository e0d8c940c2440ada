import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import { buildTranscript, type TranscriptEntry } from './transcript';
import { usePreview } from './use-preview';

const Entry = memo(function Entry({ entry }: { entry: TranscriptEntry }) {
  switch (entry.kind) {
    case 'scene':
      return <li className="t-scene">{entry.text}</li>;
    case 'line':
      return (
        <li className="t-line">
          {entry.speaker !== null && <span className="t-speaker">{entry.speaker}: </span>}
          <span className={entry.speaker === null ? 't-narration' : undefined}>{entry.text}</span>
        </li>
      );
    case 'taken':
      return <li className="t-taken">› {entry.text}</li>;
    case 'note':
      return <li className="t-note">{entry.text}</li>;
    case 'round':
      return <li className="t-round">{entry.text}</li>;
    case 'ending':
      return <li className={`t-ending t-${entry.outcome}`}>{entry.text}</li>;
    case 'error':
      return <li className="t-error">{entry.text}</li>;
  }
});

/** The run's transcript, newest at the bottom and kept in view. */
export function TranscriptLog() {
  const mission = usePreview((s) => s.mission);
  const session = usePreview((s) => s.session);
  const entries = useMemo(() => (mission && session ? buildTranscript(mission, session) : []), [mission, session]);
  const list = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);
  return (
    <ol className="transcript" role="log" aria-label="Transcript" ref={list}>
      {entries.map((entry) => (
        <Entry key={entry.key} entry={entry} />
      ))}
    </ol>
  );
}
