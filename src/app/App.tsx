import { lazy, Suspense, useState } from 'react';
import { CatalogPicker } from './components/CatalogPicker';
import { ChainView } from './components/ChainView';
import { DecodePanel } from './components/DecodePanel';
import { ErrorBoundary } from './components/ErrorBoundary';
import { ExportDialog } from './components/ExportDialog';
import { FixPlanPanel } from './components/FixPlanPanel';
import { HopPanel } from './components/HopPanel';
import { ImportDialog } from './components/import/ImportDialog';
import { IncomingBanner } from './components/IncomingBanner';
import { NodeEditor } from './components/NodeEditor';
import { RescuedSavesBanner } from './components/RescuedSavesBanner';
import { Notices } from './components/Notices';
import { ShareDialog } from './components/ShareDialog';
import { StartPanel } from './components/StartPanel';
import { Toolbar } from './components/Toolbar';
import { WhenVisible } from './components/WhenVisible';
import { TIMELINE_ANCHOR, WorstHop } from './components/WorstHop';
import { selectIsPreview } from './store/selectors';
import { useApp } from './store/useApp';
import { useThemeEffect } from './useThemeEffect';
import { useUndoShortcuts } from './useUndoShortcuts';
import { focusNodeSoon } from './components/focus-after-edit';

type DialogName = 'share' | 'import' | 'export' | null;

/** Heavy panels below the fold: loaded when scrolled near, not with the first screen. */
const TimelinePanel = lazy(() => import('./components/TimelinePanel'));
const ResetRateSection = lazy(() => import('./components/ResetRateSection'));

const loading = (what: string) => (
  <p className="panel lazy-placeholder" aria-busy="true">
    Loading the {what}…
  </p>
);

export function App() {
  const analysisError = useApp((s) => s.analysisError);
  const selectedNode = useApp((s) => s.selectedNode);
  const picker = useApp((s) => s.picker);
  const openPicker = useApp((s) => s.openPicker);
  const addNode = useApp((s) => s.addNode);
  const setNodeTech = useApp((s) => s.setNodeTech);
  const preview = useApp(selectIsPreview);
  const [dialog, setDialog] = useState<DialogName>(null);
  useThemeEffect();
  useUndoShortcuts();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the chain
      </a>
      <header className="app-header">
        <h1>
          Timeout Chain <span className="tagline">keep-alive timeouts, hop by hop</span>
        </h1>
        <Toolbar
          onShare={() => setDialog('share')}
          onImport={() => setDialog('import')}
          onExport={() => setDialog('export')}
        />
      </header>
      <main id="main" tabIndex={-1}>
        <StartPanel onImport={() => setDialog('import')} />
        <Notices />
        <IncomingBanner />
        <RescuedSavesBanner />
        <ErrorBoundary area="The chain view">
          {analysisError ? (
            <p role="alert" className="panel error-panel">
              The analysis failed on this chain: {analysisError}
            </p>
          ) : null}
          <section aria-labelledby="chain-heading" className="chain-section">
            <h2 id="chain-heading">
              Chain
              {preview ? <span className="preview-tag"> — preview after the fix plan</span> : null}
            </h2>
            <WorstHop />
            <ChainView />
          </section>
        </ErrorBoundary>
        {selectedNode !== null && !preview ? (
          <ErrorBoundary area="The settings editor">
            <NodeEditor
              index={selectedNode}
              onChangeTech={() => openPicker({ mode: 'replace', index: selectedNode })}
            />
          </ErrorBoundary>
        ) : null}
        <div className="columns">
          <ErrorBoundary area="The findings panel">
            <HopPanel />
          </ErrorBoundary>
          <ErrorBoundary area="The fix plan">
            <FixPlanPanel />
          </ErrorBoundary>
        </div>
        <ErrorBoundary area="The error-message decoder">
          <DecodePanel />
        </ErrorBoundary>
        <div id={TIMELINE_ANCHOR} className="timeline-anchor">
          <ErrorBoundary area="The race timeline">
            <WhenVisible placeholder={loading('race timeline')}>
              <Suspense fallback={loading('race timeline')}>
                <TimelinePanel />
              </Suspense>
            </WhenVisible>
          </ErrorBoundary>
        </div>
        <ErrorBoundary area="The reset-rate estimate">
          <WhenVisible placeholder={loading('reset-rate estimate')}>
            <Suspense fallback={loading('reset-rate estimate')}>
              <ResetRateSection />
            </Suspense>
          </WhenVisible>
        </ErrorBoundary>
      </main>
      {picker ? (
        <CatalogPicker
          title={picker.mode === 'insert' ? 'Add a node' : 'Change the technology'}
          onPick={(tech) => {
            if (picker.mode === 'insert') addNode(tech, picker.at);
            else setNodeTech(picker.index, tech);
            focusNodeSoon(picker.mode === 'insert' ? picker.at : picker.index);
          }}
          onClose={() => openPicker(null)}
        />
      ) : null}
      {dialog === 'share' ? <ShareDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? <ImportDialog onClose={() => setDialog(null)} /> : null}
      {dialog === 'export' ? <ExportDialog onClose={() => setDialog(null)} /> : null}
    </>
  );
}
