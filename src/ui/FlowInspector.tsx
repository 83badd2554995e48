import { useTranslation } from 'react-i18next';
import { type Design, type Flow, INTERNET, indexDesign, kindsWith } from '../model/index.ts';
import { useDesignStore } from '../store/designStore.ts';
import { flowAnswers } from '../store/analysis.ts';
import { useEngine } from '../store/engine.ts';
import { NumberField, Select, TextField } from './fields.tsx';
import { HopList } from './HopList.tsx';
import { ProtocolSelect } from './inspector/cells.tsx';

/** Edit one traffic flow and read, hop by hop, why it does or does not get through. */
export function FlowInspector({ flow, design }: { flow: Flow; design: Design }) {
  const { t } = useTranslation();
  const index = indexDesign(design);
  const endpoints = [
    { value: INTERNET, label: t('kind.internet') },
    // Workloads, and extra network interfaces (an address of their own).
    ...[...kindsWith('workload'), 'networkInterface' as const]
      .flatMap((k) => index.ofKind(k))
      .map((r) => ({
        value: r.id,
        label: r.name,
      })),
  ];
  const patch = (p: Partial<Flow>) => useDesignStore.getState().updateFlow(flow.id, p);
  // Re-rendered when the analysis engine arrives (store/engine.ts): no answer until then.
  useEngine();
  const answer = flowAnswers(design).get(flow.id);
  return (
    <div data-testid="inspector.flow">
      <div className="vt-inspector__kind">{t('inspector.flow')}</div>
      <Select
        label={t('inspector.from')}
        testId="flow.from"
        value={flow.from}
        options={endpoints}
        onChange={(from) => patch({ from })}
      />
      <Select
        label={t('inspector.to')}
        testId="flow.to"
        value={flow.to}
        options={endpoints}
        onChange={(to) => patch({ to })}
      />
      <div className="vt-field">
        <label>{t('inspector.protocol')}</label>
        <ProtocolSelect value={flow.protocol} testId="flow.protocol" onChange={(protocol) => patch({ protocol })} />
      </div>
      <NumberField
        label={t('inspector.port')}
        value={flow.port}
        testId="flow.port"
        onCommit={(port) => patch({ port })}
      />
      <Select
        label={t('inspector.ipVersion')}
        testId="flow.ipVersion"
        value={flow.ipVersion === 6 ? '6' : '4'}
        options={[
          { value: '4', label: 'IPv4' },
          { value: '6', label: 'IPv6' },
        ]}
        onChange={(v) => patch({ ipVersion: v === '6' ? 6 : undefined })}
      />
      <TextField
        label={t('inspector.label')}
        value={flow.label}
        testId="flow.label"
        onCommit={(label) => patch({ label })}
      />
      <Select
        label={t('inspector.expect')}
        testId="flow.expect"
        value={flow.expect ?? 'reachable'}
        options={[
          { value: 'reachable', label: t('inspector.expectReachable') },
          { value: 'blocked', label: t('inspector.expectBlocked') },
        ]}
        onChange={(expect) => patch({ expect })}
      />
      {answer && <HopList answer={answer} expect={flow.expect ?? 'reachable'} />}
    </div>
  );
}
