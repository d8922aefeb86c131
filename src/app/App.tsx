import { ChainView } from './components/ChainView';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ThemeToggle } from './components/ThemeToggle';
import { useApp } from './store/useApp';
import { useThemeEffect } from './useThemeEffect';

export function App() {
  const analysisError = useApp((s) => s.analysisError);
  useThemeEffect();
  return (
    <>
      <header className="app-header">
        <h1>
          Timeout Chain <span className="tagline">keep-alive timeouts, hop by hop</span>
        </h1>
        <ThemeToggle />
      </header>
      <main id="main">
        <ErrorBoundary area="The chain view">
          {analysisError ? (
            <p role="alert" className="panel error-panel">
              The analysis failed on this chain: {analysisError}
            </p>
          ) : null}
          <section aria-labelledby="chain-heading" className="chain-section">
            <h2 id="chain-heading">Chain</h2>
            <ChainView />
          </section>
        </ErrorBoundary>
      </main>
    </>
  );
}
