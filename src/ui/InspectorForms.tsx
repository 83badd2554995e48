/**
 * The inspector's forms: a resource's header and the sections its kind lists, and the traffic
 * flow form. A chunk of its own (Inspector.tsx loads it after the first paint, which shows no
 * selection), so none of the forms is in the first-load JavaScript.
 */
import type { Design, Resource } from '../model/index.ts';
import { KINDS } from '../model/index.ts';
import { InspectorHeader } from './inspector/Header.tsx';
import { SECTIONS } from './inspector/sections.tsx';

export { FlowInspector } from './FlowInspector.tsx';

/**
 * The common header (kind, name, id), then the sections the kind definition lists
 * (`KINDS[kind].inspector`), each from ./inspector/sections.tsx. Each section sits in a
 * `display: contents` box named `inspector.section.<id>`, so tests can find it and the layout is
 * the sections' own.
 */
export function ResourceForm({ design, r }: { design: Design; r: Resource }) {
  return (
    <div data-testid="inspector.form" data-kind={r.kind}>
      <InspectorHeader r={r} />
      {KINDS[r.kind].inspector.map((id) => {
        const { View } = SECTIONS[id];
        return (
          <div key={id} className="vt-inspector__section" data-testid={`inspector.section.${id}`}>
            <View design={design} r={r} />
          </div>
        );
      })}
    </div>
  );
}
