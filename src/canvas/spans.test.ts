import { describe, expect, it } from 'vitest';
import { createNodeProjector, projectEdges } from './project.ts';
import { subnetGroupMarkers } from './spans.ts';
import { twoAzDesign } from '../testing/fixtures.ts';
import { updateResource, type Resource } from '../model/index.ts';

describe('a database across its DB subnet group', () => {
  it('is drawn in its own subnet and marked, linked, in every other subnet of the group', () => {
    const { d, db, privA, pubB } = twoAzDesign();
    const spanning = updateResource(d, db.id, { subnetIds: [privA.id, pubB.id] } as Partial<Resource>);
    const markers = subnetGroupMarkers(spanning);
    expect(markers).toEqual([expect.objectContaining({ resourceId: db.id, subnetId: pubB.id })]);
    const nodes = createNodeProjector()(spanning, new Set(), null, new Map(), null);
    const marker = nodes.find((n) => n.type === 'span')!;
    expect(marker.parentId).toBe(pubB.id);
    expect(marker.data).toMatchObject({ resourceId: db.id, name: db.name });
    // Parents first, and the marker sits clear of the subnet's own resources.
    expect(nodes.findIndex((n) => n.id === pubB.id)).toBeLessThan(nodes.indexOf(marker));
    for (const n of nodes.filter((n) => n.parentId === pubB.id && n !== marker)) {
      const apart =
        marker.position.x >= n.position.x + n.width! ||
        n.position.x >= marker.position.x + marker.width! ||
        marker.position.y >= n.position.y + n.height! ||
        n.position.y >= marker.position.y + marker.height!;
      expect(apart).toBe(true);
    }
    const link = projectEdges(spanning, new Set(), new Map()).find((e) => e.target === marker.id);
    expect(link).toMatchObject({ source: db.id, type: 'relation' });
  });

  it('in one subnet only, has no marker', () => {
    const { d } = twoAzDesign();
    expect(subnetGroupMarkers(d)).toEqual([]);
    expect(createNodeProjector()(d, new Set(), null, new Map(), null).some((n) => n.type === 'span')).toBe(false);
  });
});
