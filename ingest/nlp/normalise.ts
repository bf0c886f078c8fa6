/** Keys for the graph's shared nodes: the same person or organisation in two files is one node. */

/** "Anders  Ahlsson" → "anders ahlsson": NFC, lower case, single spaces. */
export function personKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function organisationKey(name: string): string {
  return name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** "Samverkan mellan … förvaltningen" → "samverkan-mellan-…-forvaltningen": ASCII slug for ids and URLs. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}
