import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/app';
import { initI18n } from './lib/i18n';
import './styles.css';

initI18n();
// The service worker caches the app shell so the booth opens offline; it updates itself on the next load.
registerSW({ immediate: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
