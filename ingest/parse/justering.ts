/**
 * The adjusters (justerare) an item names in running text, for minutes whose head and signature
 * block name none: "Kjell Åhman, PRO, utses att justera protokollet", "att utse Birgitta Rönn att
 * jämte ordföranden justera", "Nämnden utser Irja Berg (V) att justera", "Karin Lundh väljs att
 * justera anteckningarna", "Till att justera protokollet utses Bo Berg (M)".
 */

const NAME =
  "[\\p{Lu}][\\p{Ll}'’-]+(?:-[\\p{Lu}][\\p{Ll}]+)?(?:\\s+(?:von|af|de|van|der)?\\s*[\\p{Lu}][\\p{Ll}'’-]+(?:-[\\p{Lu}][\\p{Ll}]+)?){1,3}";
const AFTER_NAME = '(?:\\s*\\([^)]{1,40}\\))?(?:,\\s*[^,.]{1,40},)?';
const JUSTERA = '(?:att\\s+)?(?:(?:jämte|tillsammans\\s+med)\\s+ordföranden\\s+)?justera';

const PATTERNS: readonly RegExp[] = [
  new RegExp(`(${NAME})${AFTER_NAME}\\s+(?:utses|väljs|valdes|utsågs|utsågs)\\s+(?:till\\s+)?${JUSTERA}`, 'u'),
  new RegExp(
    `(?:utse|utser|välja|väljer|valde|utsåg)\\s+(${NAME})${AFTER_NAME}\\s+(?:att\\s+|till\\s+att\\s+)?(?:(?:jämte|tillsammans\\s+med)\\s+ordföranden\\s+)?justera`,
    'u',
  ),
  new RegExp(
    `[Tt]ill\\s+(?:att\\s+)?justera(?:\\s+(?:dagens\\s+)?(?:protokoll(?:et)?|anteckningarna))?\\s+(?:utses|valdes|väljs)\\s+(${NAME})`,
    'u',
  ),
  new RegExp(`[Jj]usterare\\s*(?:är|blir|:)\\s*(${NAME})`, 'u'),
];

/** The names the texts give as adjusters, in order, each once. */
export function adjustersInText(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    if (!/justera/iu.test(text)) continue;
    for (const re of PATTERNS) {
      const m = re.exec(text);
      if (m && !found.includes(m[1]!)) found.push(m[1]!);
    }
  }
  return found;
}
