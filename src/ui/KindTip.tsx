import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Placement } from '../canvas/useTipPosition.ts';
import { Tip } from './Tip.tsx';

/** The standard explanation of a kind: its name, the plain AWS meaning, and the town analogy. */
export function KindTip({
  kind,
  children,
  placement,
  title,
}: {
  kind: string;
  children: ReactElement;
  placement?: Placement;
  title?: string;
}) {
  const { t } = useTranslation();
  return (
    <Tip
      placement={placement}
      content={
        <>
          <strong>{title ?? t(`kind.${kind}`)}</strong>
          <div className="vt-tip__aws">{t(`meaning.${kind}`)}</div>
          <div>{t(`analogy.${kind}`)}</div>
        </>
      }
    >
      {children}
    </Tip>
  );
}
