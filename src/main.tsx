import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './app/components/ErrorBoundary';
import { registerServiceWorker } from './app/offline/register-service-worker';
import { startApp } from './app/start';
import { StoreProvider } from './app/store/StoreProvider';

const store = startApp();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <ErrorBoundary area="The app">
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </ErrorBoundary>
  </StrictMode>,
);

registerServiceWorker();
