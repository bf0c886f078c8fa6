import type { ReactNode } from 'react';
import type { NodeLabel } from '../../../shapes/api/index.js';
import { GraphLink } from './GraphLink.js';

/**
 * The head of a person's or an organisation's page: what it is, its name, any facts about it
 * (`children`), and the way into the graph explorer centred on it.
 */
export function ProfileHead({
  kind,
  name,
  label,
  nodeKey,
  children,
}: {
  kind: string;
  name: ReactNode;
  label: NodeLabel;
  nodeKey: string;
  children?: ReactNode;
}) {
  return (
    <>
      <p className="eyebrow">{kind}</p>
      <h1>{name}</h1>
      {children}
      <p>
        <GraphLink label={label} nodeKey={nodeKey} />
      </p>
    </>
  );
}
