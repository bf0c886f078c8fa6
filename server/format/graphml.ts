import type { GraphResponse } from '../../shapes/api/index.js';
import { xmlEscape } from './xml.js';

/**
 * GraphML (readable by Gephi, yEd, Cytoscape): node label, key and caption as declared keys;
 * scalar properties as `prop_<name>` string keys, so no tool has to guess types.
 */
export function toGraphml(graph: GraphResponse): string {
  const propertyNames = [...new Set(graph.nodes.flatMap((n) => Object.keys(n.properties)))]
    .filter((name) => /^[A-Za-z_][\w]*$/.test(name))
    .sort();
  const keys = [
    `<key id="label" for="node" attr.name="label" attr.type="string"/>`,
    `<key id="key" for="node" attr.name="key" attr.type="string"/>`,
    `<key id="caption" for="node" attr.name="caption" attr.type="string"/>`,
    `<key id="depth" for="node" attr.name="depth" attr.type="int"/>`,
    `<key id="type" for="edge" attr.name="type" attr.type="string"/>`,
    ...propertyNames.map((name) => `<key id="prop_${name}" for="node" attr.name="${name}" attr.type="string"/>`),
  ];
  const data = (key: string, value: unknown) =>
    `<data key="${key}">${xmlEscape(typeof value === 'string' ? value : JSON.stringify(value))}</data>`;
  const nodes = graph.nodes.map((n) => {
    const props = propertyNames
      .filter((name) => n.properties[name] !== undefined && n.properties[name] !== null)
      .map((name) => data(`prop_${name}`, n.properties[name]));
    return `<node id="${xmlEscape(n.id)}">${data('label', n.label)}${data('key', n.key)}${data('caption', n.caption)}${data('depth', String(n.depth))}${props.join('')}</node>`;
  });
  const edges = graph.edges.map(
    (e) => `<edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data('type', e.type)}</edge>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '<graph id="radslag" edgedefault="directed">',
    ...nodes,
    ...edges,
    '</graph>',
    '</graphml>',
    '',
  ].join('\n');
}
