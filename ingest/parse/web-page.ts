import { blankLine, type Line } from './lines.js';

/**
 * Web meeting-platform pages saved as text (Ciceron, Netpublicator, insyn portals): the page's
 * navigation, buttons, cookie banner, breadcrumb and footer around the minutes. They are told
 * by their chrome and it is removed, keeping what it says about the site (the municipality or
 * region) and the breadcrumb (the body).
 */

/** A chrome line: a button, a menu entry or a footer link, as a whole line. */
const CHROME_LINE =
  /^(?:till innehållet|hoppa (?:över|till) (?:navigering(?:en)?|innehållet)|gå (?:direkt )?till (?:sidans )?innehåll(?:et)?|meny|stäng(?: meny)?|sök|sök på webbplatsen|sök dokument|logga in|svenska|english|in english|startsida|hem|dela|dela sidan|skriv ut|lyssna|lyssna på sidan|talande webb|godkänn(?: alla)?(?: kakor)?|acceptera(?: alla)?(?: kakor)?|endast nödvändiga(?: kakor)?|neka|ok|läs mer|läs mer om kakor|anpassa|inställningar|facebook|instagram|linkedin|twitter|youtube|e-post|kontakta oss|kontakt|följ oss|om webbplatsen|tillgänglighetsredogörelse|behandling av personuppgifter|personuppgifter|kakor|om kakor|cookies|visa deltagare|dölj deltagare|till toppen|tillbaka|sidansvarig\s*:.*|senast (?:uppdaterad|ändrad|granskad)\s*:?.*|sidan (?:granskad|uppdaterad)\s*:?.*|publicerad\s*:.*)$/iu;
/** The lines only a web page has: a skip link, a cookie notice, a breadcrumb. */
const SKIP_LINK =
  /^(?:till innehållet|hoppa (?:över|till) (?:navigering(?:en)?|innehållet)|gå (?:direkt )?till (?:sidans )?innehåll(?:et)?)$/iu;
const COOKIE_WORDS = /(?:använder|om)\s+(?:kakor|cookies)|godkänner du att vi använder/iu;
const isCookieNotice = (text: string): boolean => (text.includes('kakor') || text.includes('cookie')) && COOKIE_WORDS.test(text);
/** What a breadcrumb starts with ("Din position: Hem > … > Sammanträde 2022-09-30"), as printed. */
export const BREADCRUMB_LABELS = ['Din position', 'Du är här', 'Här är du'] as const;
const BREADCRUMB = new RegExp(`^(?:${BREADCRUMB_LABELS.join('|')})\\s*:?\\s*(.+)$`, 'iu');
const FOOTER_START =
  /^(?:kontakta oss|kontakt|följ oss|om webbplatsen|tillgänglighetsredogörelse|sidansvarig\s*:.*|senast (?:uppdaterad|ändrad|granskad)\s*:?.*|sidan (?:granskad|uppdaterad)\s*:?.*)$/iu;

const isChrome = (text: string): boolean => text.length <= 200 && (CHROME_LINE.test(text) || isCookieNotice(text) || BREADCRUMB.test(text));
/** The lines only a web page has: a skip link, a cookie notice, a breadcrumb. */
const isStrong = (text: string): boolean => SKIP_LINK.test(text) || BREADCRUMB.test(text) || isCookieNotice(text);

export interface WebChrome {
  /** The chrome lines that are not buttons: the site's name, menu entries, footer addresses. */
  site: string[];
  /** The breadcrumb's steps, first to last ("Hem", "Region Östergötland", …, "Sammanträde 2022-09-30"). */
  breadcrumb: string[];
}

/** Whether the lines are a web page: a skip link, cookie notice or breadcrumb, and more chrome. */
export function isWebPage(lines: readonly Line[]): boolean {
  const head: string[] = [];
  for (const line of lines) {
    if (!line.text) continue;
    if (head.length >= 60) break;
    if (line.text.length <= 200) head.push(line.text);
  }
  // Most documents have no skip link, cookie notice or breadcrumb: the chrome count is not needed.
  if (!head.some(isStrong)) return false;
  return head.filter(isChrome).length >= 3;
}

/**
 * Blanks the chrome above the minutes (everything up to the last chrome line before the first
 * label, kind line or heading) and the footer below them (from the first chrome line of the short
 * lines that end the page). `isAnchor` tells a line where the minutes begin.
 */
export function stripWebChrome(lines: Line[], isAnchor: (text: string) => boolean): WebChrome {
  const chrome: WebChrome = { site: [], breadcrumb: [] };
  const content = lines.filter((l) => l.text);
  let lastChrome = -1;
  for (let i = 0; i < content.length && i < 80; i++) {
    const text = content[i]!.text;
    if (isChrome(text)) lastChrome = i;
    else if (isAnchor(text)) break;
  }
  for (let i = 0; i <= lastChrome; i++) take(content[i]!, chrome);
  let footer = content.length;
  for (let i = content.length - 1; i > lastChrome; i--) {
    const text = content[i]!.text;
    if (text.length > 80 || (/[.!?]$/u.test(text) && !isChrome(text))) break;
    if (FOOTER_START.test(text)) footer = i;
  }
  for (let i = footer; i < content.length; i++) take(content[i]!, chrome);
  // Buttons within the page ("Visa deltagare", "Dela") say nothing either.
  for (let i = lastChrome + 1; i < footer; i++) if (CHROME_LINE.test(content[i]!.text)) blankLine(content[i]!);
  return chrome;
}

function take(line: Line, chrome: WebChrome): void {
  const crumb = BREADCRUMB.exec(line.text);
  if (crumb)
    chrome.breadcrumb.push(
      ...crumb[1]!
        .split(/\s*[>›»/|]\s*/u)
        .map((s) => s.trim())
        .filter(Boolean),
    );
  else if (!CHROME_LINE.test(line.text) && !isCookieNotice(line.text)) chrome.site.push(line.text);
  blankLine(line);
}

/**
 * A platform's list items stand one part to a line (`•` / `1` / `Mötets öppnande`): the bullet
 * goes to the line after it, and a number alone joins the title under it.
 */
export function joinWebLines(lines: Line[]): void {
  const next = (from: number): number => {
    let j = from;
    while (j < lines.length && !lines[j]!.text && !lines[j]!.artefact) j++;
    return j;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text && line.bullet) {
      const j = next(i + 1);
      line.bullet = false;
      if (j < lines.length && lines[j]!.text) lines[j]!.bullet = true;
      continue;
    }
    if (/^\d{1,3}\.?$/u.test(line.text)) {
      const j = next(i + 1);
      const title = lines[j];
      if (title && /^["”«]?\p{Lu}/u.test(title.text)) {
        title.text = `${line.text.replace(/\.$/u, '')} ${title.text}`;
        title.bullet ||= line.bullet;
        title.no = line.no;
        line.text = '';
        line.raw = '';
        line.bullet = false;
      }
    }
  }
}
