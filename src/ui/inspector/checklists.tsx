import { useTranslation } from 'react-i18next';
import { type Design, type NetworkAcl, type RouteTable, indexDesign } from '../../model/index.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { Section } from '../fields.tsx';
import { updateOf } from './update.ts';

/** A checkbox a subnet of the VPC `vpcId`, each labelled with its name and CIDR. */
export function SubnetChecklist({
  design,
  vpcId,
  selected,
  onChange,
  testId,
}: {
  design: Design;
  vpcId: string | undefined;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  testId: string;
}) {
  const index = indexDesign(design);
  const subnets = index.ofKind('subnet').filter((s) => index.vpcOf(s.id)?.id === vpcId);
  return (
    <div className="vt-checklist" data-testid={testId}>
      {subnets.map((s) => (
        <label key={s.id}>
          <input
            type="checkbox"
            checked={selected.includes(s.id)}
            data-testid={`${testId}.${s.name}`}
            onChange={(e) => onChange(e.target.checked ? [...selected, s.id] : selected.filter((x) => x !== s.id))}
          />
          {s.name} <span className="vt-muted vt-mono">{s.cidr}</span>
        </label>
      ))}
    </div>
  );
}

/** A checkbox a security group of the owner's VPC (a group only attaches within its VPC). */
export function SgChecklist({
  design,
  ownerId,
  selected,
  onChange,
}: {
  design: Design;
  ownerId: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const index = indexDesign(design);
  const vpc = index.vpcOf(ownerId)?.id;
  const sgs = index.ofKind('securityGroup').filter((g) => index.vpcOf(g.id)?.id === vpc);
  return (
    <div className="vt-checklist" data-testid="inspector.securityGroups">
      {sgs.map((g) => (
        <label key={g.id}>
          <input
            type="checkbox"
            checked={selected.includes(g.id)}
            data-testid={`inspector.sg.${g.name}`}
            onChange={(e) => onChange(e.target.checked ? [...selected, g.id] : selected.filter((x) => x !== g.id))}
          />
          {g.name}
        </label>
      ))}
    </div>
  );
}

/**
 * The subnets a route table or NACL is associated with. Checking a subnet goes through `connect`,
 * which moves the association from the subnet's previous table (a subnet has exactly one).
 */
export function SubnetAssociations({
  design,
  owner,
  testId,
}: {
  design: Design;
  owner: RouteTable | NetworkAcl;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Section title={t('inspector.associations')}>
      <SubnetChecklist
        design={design}
        vpcId={indexDesign(design).vpcOf(owner.id)?.id}
        selected={owner.subnetIds}
        testId={testId}
        onChange={(ids) => {
          const added = ids.find((x) => !owner.subnetIds.includes(x));
          if (added) useDesignStore.getState().connect(owner.id, added);
          else updateOf(owner)({ subnetIds: ids });
        }}
      />
    </Section>
  );
}
