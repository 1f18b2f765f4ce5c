import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import './app.css';
import { createTheme, MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './App';

// Shade 8 keeps white text on the primary colour above 4.5:1 (WCAG AA); line height 1.6 leaves room for stacked diacritics.
const theme = createTheme({ primaryColor: 'blue', primaryShade: 8, lineHeights: { md: '1.6' } });
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
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
