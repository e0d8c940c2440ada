// The renderer's entry: pick the host (Electron bridge or plain browser) and mount the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { pickHost } from './host/pick-host';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App host={pickHost()} />
  </StrictMode>,
);
