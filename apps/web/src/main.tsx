import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createWebSessionStore } from './session/session-context';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html needs a #root element');

createRoot(root).render(
  <StrictMode>
    <App store={createWebSessionStore()} />
  </StrictMode>,
);
