/**
 * IPv6 fields of the VPC, subnet and instance sections: a VPC's IPv6 blocks (an Amazon-provided
 * /56 each, `unknown` while Amazon has not assigned it), a subnet's /64, an instance's addresses.
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html#vpc-sizing-ipv6
 */
import { useTranslation } from 'react-i18next';
import { type Instance, type Subnet, type Vpc, withIpv6DefaultAclRules } from '../../model/index.ts';
// IPv6 parsing (ipaddr.js) directly, not through the model's index: it loads with the inspector's
// forms and the engine, not with the first paint.
import { UNKNOWN_IPV6, ip6ToBig, parseCidr6 } from '../../model/cidr6.ts';
import { useDesignStore } from '../../store/designStore.ts';
import { Section, TextField } from '../fields.tsx';
import { updateOf } from './update.ts';

function useCidr6Validator() {
  const { t } = useTranslation();
  return (v: string): { error?: string; fix?: string } | null => {
    const s = v.trim();
    if (s === '' || s === UNKNOWN_IPV6) return null;
    const p = parseCidr6(s);
    if (!p.ok) return { error: t(p.error === 'prefix-range' ? 'cidr.ipv6PrefixRange' : 'cidr.ipv6Syntax') };
    if (!p.isCanonical) return { error: t('cidr.notCanonical', { canonical: p.canonical }), fix: p.canonical };
    return null;
  };
}

export function VpcIpv6Blocks({ r }: { r: Vpc }) {
  const { t } = useTranslation();
  const check = useCidr6Validator();
  const blocks = r.ipv6CidrBlocks ?? [];
  const update = updateOf(r);
  const set = (ipv6CidrBlocks: string[]) => update({ ipv6CidrBlocks });
  return (
    <Section title={t('inspector.ipv6Blocks')} testId="inspector.ipv6Blocks">
      {blocks.map((b, i) => (
        <TextField
          key={i}
          label={`IPv6 ${i + 1}`}
          value={b}
          mono
          testId={`inspector.ipv6Block.${i}`}
          validate={check}
          onCommit={(v) =>
            set(v.trim() === '' ? blocks.filter((_, j) => j !== i) : blocks.map((x, j) => (j === i ? v.trim() : x)))
          }
        />
      ))}
      <button
        type="button"
        className="vt-btn vt-btn--small"
        data-testid="inspector.addIpv6Block"
        onClick={() => {
          // The first IPv6 block: AWS adds the default NACL's IPv6 allow rules (one undo step).
          const store = useDesignStore.getState();
          const design = {
            ...store.design,
            resources: store.design.resources.map((x) =>
              x.id === r.id ? { ...r, ipv6CidrBlocks: [...blocks, UNKNOWN_IPV6] } : x,
            ),
          };
          store.replaceDesign(blocks.length ? design : withIpv6DefaultAclRules(design, r.id));
        }}
      >
        + {t('inspector.addIpv6Block')}
      </button>
      <div className="vt-muted vt-small">{t('inspector.ipv6Unknown')}</div>
    </Section>
  );
}

export function SubnetIpv6Field({ r }: { r: Subnet }) {
  const { t } = useTranslation();
  const check = useCidr6Validator();
  return (
    <TextField
      label={t('inspector.ipv6Cidr')}
      value={r.ipv6Cidr ?? ''}
      mono
      testId="inspector.ipv6Cidr"
      validate={check}
      onCommit={(v) => updateOf(r)({ ipv6Cidr: v.trim() || null })}
    />
  );
}

export function InstanceIpv6Field({ r }: { r: Instance }) {
  const { t } = useTranslation();
  const check = (v: string) =>
    v.trim() === '' || v.split(',').every((a) => ip6ToBig(a.trim()) !== null)
      ? null
      : { error: t('cidr.ipv6AddressSyntax') };
  return (
    <>
      <TextField
        label={t('inspector.ipv6Addresses')}
        value={(r.ipv6Addresses ?? []).join(', ')}
        mono
        testId="inspector.ipv6Addresses"
        validate={check}
        onCommit={(v) => {
          const list = v
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean);
          updateOf(r)({ ipv6Addresses: list });
        }}
      />
      <div className="vt-muted vt-small">{t('inspector.ipv6AddressesHint')}</div>
    </>
  );
}
