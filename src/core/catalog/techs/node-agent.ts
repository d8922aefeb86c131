import { ms } from '../../model/duration';
import type { KnownScalar } from '../../model/chain';
import type { EffectiveValue, SettingReader, TechDef } from '../types';
import { optionDefault, zeroIsUnlimited } from './effective';
import { groupDigits } from './snippet-format';

const DOC = 'https://nodejs.org/api/http.html#class-httpagent';
const RUN = 'run: Node v20.20.2 http.globalAgent.options (reference §4 Node.js http.Agent)';
const RUN_CUSTOM = 'run: Node v20.20.2 new http.Agent(): keepAlive false, no timeout';

const agentOption = (name: string) => (v: KnownScalar) =>
  `new http.Agent({ keepAlive: true, ${name}: ${typeof v === 'number' ? groupDigits(v) : String(v ?? 0)} })`;

function resolveReuse(r: SettingReader, custom: boolean): boolean {
  if (!r.isSet('keepAlive') && custom) return false;
  return r.bool('keepAlive');
}

function resolveIdle(r: SettingReader, custom: boolean): EffectiveValue {
  if (!r.isSet('timeout') && custom)
    return optionDefault('node-agent', 'timeout', null, RUN_CUSTOM, 'custom Agent without timeout');
  // timeout 0 = the agent never destroys idle free sockets.
  return zeroIsUnlimited(r.num('timeout'));
}

/** Node.js `http.Agent` (`http.request`, axios, got on Node's http). */
export const nodeAgent: TechDef = {
  id: 'node-agent',
  name: 'Node.js http.Agent',
  label: 'Node client',
  kind: 'client',
  versions: ['24.7.0', '22.20.0', '22', '20', '18'],
  defaultVersion: '20',
  sides: 'client',
  doc: DOC,
  settings: [
    {
      key: 'agent',
      label: 'http.globalAgent or a custom new http.Agent(…)',
      role: null,
      kind: 'enum',
      enumValues: ['global', 'custom'],
      defaults: [{ value: 'global', source: RUN }],
      doc: DOC,
      snippet: (v) =>
        v === 'custom'
          ? 'const agent = new http.Agent({ keepAlive: true, timeout: 4_000 });'
          : 'http.globalAgent',
    },
    {
      key: 'keepAlive',
      label: 'Keep sockets for reuse (false: a new connection per request)',
      role: null,
      kind: 'bool',
      defaults: [
        {
          since: '19',
          value: true,
          source: RUN,
          note: 'global agent; a custom Agent defaults to false',
        },
        { value: false, source: 'reference §4: globalAgent keepAlive is true only since Node 19' },
      ],
      doc: `${DOC}#new-agentoptions`,
      snippet: (v) => `new http.Agent({ keepAlive: ${v === false ? 'false' : 'true'} })`,
    },
    {
      key: 'timeout',
      label: 'Idle time before the agent destroys a free socket (unset: never)',
      role: 'client-idle',
      kind: 'duration',
      dialect: 'ms',
      defaults: [
        { since: '19', value: 5000, source: RUN, note: 'global agent; a custom Agent has none' },
        { value: null, source: 'reference §4: globalAgent has a timeout only since Node 19' },
      ],
      doc: `${DOC}#new-agentoptions`,
      snippet: agentOption('timeout'),
    },
    {
      key: 'agentKeepAliveTimeoutBuffer',
      label: 'Subtracted from a server Keep-Alive hint (hard-coded 1 s before v24.7.0/v22.20.0)',
      role: null,
      kind: 'duration',
      dialect: 'ms',
      defaults: [{ value: 1000, source: 'doc: nodejs http.md (PR #59315); PR #52653' }],
      doc: `${DOC}#new-agentoptions`,
      snippet: agentOption('agentKeepAliveTimeoutBuffer'),
    },
  ],
  resolve(r) {
    const custom = r.str('agent') === 'custom';
    const reuse = resolveReuse(r, custom);
    const idle = resolveIdle(r, custom);
    const margin = r.num('agentKeepAliveTimeoutBuffer').value ?? 1000;
    const notes: string[] = [];
    if (reuse && idle.value === null)
      notes.push(
        'An Agent without timeout ignores the server Keep-Alive hint and keeps sockets forever (microsoft/playwright#42698).',
      );
    return {
      client: {
        idle,
        reuse,
        ...(reuse
          ? {}
          : { reuseNote: 'keepAlive false: the agent opens a new connection per request' }),
        hint: {
          honours: true,
          marginMs: ms(margin),
          onlyWithIdleLimit: true,
          source:
            'src: nodejs/node lib/_http_agent.js keepSocketAlive; run: v20.20.2 (hint 3 → 2000 ms)',
        },
        finDetection: true,
        retry: {
          policy: 'none',
          attempts: 0,
          summary:
            'no retry: ECONNRESET reaches the caller (req.reusedSocket tells it the socket was reused)',
          source: 'nodejs/node#20256',
        },
        granularityMs: ms(5),
        fixKey: 'timeout',
        notes,
      },
    };
  },
};
