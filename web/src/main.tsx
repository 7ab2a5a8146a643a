import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/app';
import { initI18n } from './lib/i18n';
import './styles.css';

// The service worker caches the app shell so the booth opens offline; it updates itself on the next load.
registerSW({ immediate: true });

// The first render waits for the active language's strings (a lazy chunk), so no raw key flashes.
void initI18n().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
