import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { Localize } from '@mission-studio/core/strings';
import { nameStringId } from '@mission-studio/core/strings';
import { combatantNamer, sourceNames, type CombatantNamer } from '../translations/unit-names';
import { UntranslatedMark } from '../translations/untranslated-mark';
import { usePreviewLocalize } from '../translations/use-localize';
import { buildTranscript, summarizeRound, type TranscriptEntry } from './transcript';
import { usePreview } from './use-preview';

/** One row, in the preview's language: lines, choices taken, objectives, unit names and endings. */
const Entry = memo(function Entry({ entry, localize, nameOf }: { entry: TranscriptEntry; localize: Localize; nameOf: CombatantNamer }) {
  switch (entry.kind) {
    case 'scene':
      return <li className="t-scene">{entry.text}</li>;
    case 'line': {
      const text = localize(entry.stringId, entry.text);
      const speaker =
        entry.speaker !== null && entry.speakerId !== null
          ? localize(nameStringId('cast', entry.speakerId), entry.speaker).text
          : entry.speaker;
      return (
        <li className="t-line" data-untranslated={text.fallback || undefined}>
          {speaker !== null && <span className="t-speaker">{speaker}: </span>}
          <span className={entry.speaker === null ? 't-narration' : undefined}>{text.text}</span>
          {text.fallback && <UntranslatedMark />}
        </li>
      );
    }
    case 'taken': {
      const text = entry.stringId === undefined ? { text: entry.text, fallback: false } : localize(entry.stringId, entry.text);
      return (
        <li className="t-taken">
          › {text.text}
          {text.fallback && <UntranslatedMark />}
        </li>
      );
    }
    case 'note': {
      if (!entry.objective) return <li className="t-note">{entry.text}</li>;
      const text = localize(entry.objective.stringId, entry.objective.text);
      return (
        <li className="t-note" data-untranslated={text.fallback || undefined}>
          {entry.objective.label}: {text.text}
          {text.fallback && <UntranslatedMark />}
        </li>
      );
    }
    case 'round':
      return <li className="t-round">{nameOf === sourceNames ? entry.text : summarizeRound(entry.report, nameOf)}</li>;
    case 'ending': {
      const text = localize(entry.stringId, entry.text);
      return (
        <li className={`t-ending t-${entry.outcome}`}>
          {text.text}
          {text.fallback && <UntranslatedMark />}
        </li>
      );
    }
    case 'error':
      return <li className="t-error">{entry.text}</li>;
  }
});

/** The run's transcript, newest at the bottom and kept in view. */
export function TranscriptLog() {
  const mission = usePreview((s) => s.mission);
  const session = usePreview((s) => s.session);
  const entries = useMemo(() => (mission && session ? buildTranscript(mission, session) : []), [mission, session]);
  const localize = usePreviewLocalize();
  const nameOf = useMemo(() => (mission ? combatantNamer(mission, localize) : sourceNames), [mission, localize]);
  const list = useRef<HTMLOListElement>(null);
  useLayoutEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [entries]);
  return (
    <ol className="transcript" role="log" aria-label="Transcript" ref={list}>
      {entries.map((entry) => (
        <Entry key={entry.key} entry={entry} localize={localize} nameOf={nameOf} />
      ))}
    </ol>
  );
}
