import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './app.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './App';
import { LocalizedDates } from './shell/LocalizedDates';
import { LockGate } from './shell/LockGate';

// Shade 8 keeps white text on the primary colour above 4.5:1 (WCAG AA); line height 1.6 leaves room for stacked diacritics.
// A table wider than a phone scrolls in its own box, which keyboard users reach with Tab to scroll it (WCAG 2.1.1).
// Who asked their system for less motion gets dialogs and dropdowns without their fade (WCAG 2.3.3).
const theme = createTheme({
  respectReducedMotion: true,
  primaryColor: 'blue',
  primaryShade: 8,
  lineHeights: { md: '1.6' },
  components: { TableScrollContainer: { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } } },
});
// Mantine's "dimmed" grey (descriptions, captions) and error red are about 3.3:1 on white; gray.7 and red.9 pass AA.
const cssVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

// Server state only in memory: no persistence plugin, so nothing personal outlives the tab.
const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: true, retry: 1 } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <LocalizedDates>
        <QueryClientProvider client={queryClient}>
          <LockGate>
            <App />
          </LockGate>
        </QueryClientProvider>
      </LocalizedDates>
    </MantineProvider>
  </StrictMode>,
);
