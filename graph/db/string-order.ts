/**
 * Strings in code-unit order, as Cypher's ORDER BY orders them. Ties that a statement breaks by key
 * and Node breaks again (fusion, grouping by item) must break the same way, and localeCompare
 * (ICU collation, which weighs punctuation and case differently) is also a hundred times dearer.
 */
export const cypherStringOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
