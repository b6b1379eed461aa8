export { App, type AppProps } from './app';
export { createWebSessionStore } from './session/session-context';
