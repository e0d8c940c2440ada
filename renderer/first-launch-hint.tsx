import { useState } from 'react';
import { useServices } from './app-context';

/** Remembers, per browser profile (or desktop app), that the hint was dismissed: it is for the first launch. */
const SEEN_KEY = 'mission-studio.first-launch-hint-seen';

function seen(): boolean {
  try {
    return globalThis.localStorage?.getItem(SEEN_KEY) === '1';
  } catch {
    return false; // storage may be refused (private mode); then the hint shows until dismissed this session
  }
}

/** One line in the status bar, until dismissed: how to start (play the open mission, or the tutorial). */
export function FirstLaunchHint() {
  const { commands } = useServices();
  const [hidden, setHidden] = useState(seen);
  if (hidden) return null;
  const dismiss = () => {
    try {
      globalThis.localStorage?.setItem(SEEN_KEY, '1');
    } catch {
      // not remembered: it shows again next launch, which is harmless
    }
    setHidden(true);
  };
  return (
    <span role="note" aria-label="How to start" className="first-launch-hint">
      New here? Press Play, or take the {/* Not "Open Tutorial": the toolbar's Open must stay the only button whose name holds "Open". */}
      <button type="button" className="link-button" onClick={() => commands.run('help.tutorial')}>
        tutorial
      </button>{' '}
      <button type="button" className="link-button" aria-label="Dismiss the hint" onClick={dismiss}>
        Got it
      </button>
    </span>
  );
}
