import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createAdminClient, createAdminSessionStore } from './session/admin-client';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App sessionStore={createAdminSessionStore()} createClient={createAdminClient} />
  </StrictMode>,
);
