import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { idleTimings } from './idle-timings';
import { hearOtherTabs, tellOtherTabs } from './session-channel';
import { leavePage, signOut } from './sign-out';

/** Read once when the app loads: the app then drops the query from its address. */
const IDLE_TIMINGS = idleTimings(window.location.search);
const INPUT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Signs out after `idleMs + warningMs` without input in any tab of this browser, warning for the last `warningMs`.
 * Answers the seconds left while the warning shows (else null) and `keepWorking`, the warning's button.
 */
export function useIdleLogout({ idleMs, warningMs } = IDLE_TIMINGS): { secondsLeft: number | null; keepWorking(): void } {
  const queryClient = useQueryClient();
  const lastInput = useRef(Date.now());
  const lastTold = useRef(0);
  const warning = useRef(false);
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  const keepWorking = useCallback(() => {
    lastInput.current = Date.now();
    lastTold.current = lastInput.current;
    warning.current = false;
    setSecondsLeft(null);
    tellOtherTabs({ type: 'activity', at: lastInput.current });
  }, []);

  useEffect(() => {
    // While the warning shows, only its button counts: a mouse brushed by passing keeps nobody's session open.
    const onInput = () => {
      if (warning.current) return;
      const now = Date.now();
      lastInput.current = now;
      if (now - lastTold.current > Math.min(5000, idleMs / 4)) {
        lastTold.current = now;
        tellOtherTabs({ type: 'activity', at: now });
      }
    };
    for (const name of INPUT_EVENTS) window.addEventListener(name, onInput, { passive: true, capture: true });
    const stopHearing = hearOtherTabs((message) => {
      if (message.type === 'activity') {
        lastInput.current = Math.max(lastInput.current, message.at);
        warning.current = false;
        setSecondsLeft(null);
      }
      if (message.type === 'signedOut') leavePage(queryClient);
    });
    let signingOut = false;
    const tick = setInterval(() => {
      const idle = Date.now() - lastInput.current;
      if (idle >= idleMs + warningMs) {
        if (signingOut) return;
        signingOut = true;
        void signOut(queryClient, 'idle');
      } else if (idle >= idleMs) {
        warning.current = true;
        setSecondsLeft(Math.ceil((idleMs + warningMs - idle) / 1000));
      }
    }, 500);
    return () => {
      for (const name of INPUT_EVENTS) window.removeEventListener(name, onInput, { capture: true });
      stopHearing();
      clearInterval(tick);
    };
  }, [idleMs, warningMs, queryClient]);

  return { secondsLeft, keepWorking };
}
