import { memo, useId, useMemo } from 'react';
import type { ChoiceButton } from './choice-view';
import { choiceButtons } from './choice-view';
import { useServices } from '../app-context';
import type { Localize } from '@mission-studio/core/strings';
import { UntranslatedMark } from '../translations/untranslated-mark';
import { usePreviewLocalize } from '../translations/use-localize';
import { selectRunState, usePreview } from './use-preview';

const ChoiceRow = memo(function ChoiceRow({ button, localize }: { button: ChoiceButton; localize: Localize }) {
  const reasonId = useId();
  const { preview } = useServices();
  const { input, reason } = button;
  const label = button.stringId === undefined ? { text: button.label, fallback: false } : localize(button.stringId, button.label);
  return (
    <div className={`choice choice-${button.tone}`}>
      <button
        type="button"
        title={button.help}
        disabled={input === null}
        aria-describedby={reason ? reasonId : undefined}
        onClick={() => input && preview.getState().take(input)}
      >
        {button.tone === 'objective' && (
          <span className="choice-icon" aria-hidden="true">
            ◎
          </span>
        )}
        {label.text}
      </button>
      {label.fallback && <UntranslatedMark />}
      {reason && (
        <span className="choice-reason" id={reasonId}>
          {reason}
        </span>
      )}
    </div>
  );
});

/** Every input the player has now, as buttons in one group; analysis mode adds the closed ones with why. */
export function ChoicesGroup() {
  const mission = usePreview((s) => s.mission);
  const state = usePreview(selectRunState);
  const analysis = usePreview((s) => s.analysis);
  const localize = usePreviewLocalize();
  const buttons = useMemo(() => (mission && state ? choiceButtons(mission, state, analysis) : []), [mission, state, analysis]);
  return (
    <div className="choices" role="group" aria-label="Choices">
      {buttons.length === 0 && state?.status === 'awaiting-input' && <p className="muted">Nothing to choose here.</p>}
      {buttons.map((b) => (
        <ChoiceRow key={b.key} button={b} localize={localize} />
      ))}
    </div>
  );
}
