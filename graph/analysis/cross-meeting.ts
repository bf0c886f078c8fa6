import type { AnnotatedMeeting, FollowUp } from '../../shapes/annotated-meeting.schema.js';

/**
 * What the cross-meeting analysis reads of a meeting: an AnnotatedMeeting has it all, and the
 * graph can rebuild it for meetings written in earlier runs.
 */
export interface MeetingDigest {
  id: string;
  bodyKey: string;
  minutes: { date: string | null; agendaItems: ReadonlyArray<{ ordinal: number; title: string }> };
  passages: ReadonlyArray<{ ordinal: number; itemOrdinal: number; text: string; kind: string }>;
  concerns: ReadonlyArray<{ ordinal: number; text: string; topics: readonly string[] }>;
  followUps: ReadonlyArray<{ ordinal: number; itemOrdinal: number; passageOrdinal: number; text: string; due: string | null }>;
  topics: ReadonlyArray<{ slug: string; score: number }>;
}

type Concern = MeetingDigest['concerns'][number];
// Every AnnotatedMeeting is a digest.
const _isDigest = (m: AnnotatedMeeting): MeetingDigest => m;
void _isDigest;
import { promiseMatter } from './promise-matter.js';
import { lexicalSimilarity, type Similarity } from './similarity.js';

export interface ConcernRef {
  meetingId: string;
  ordinal: number;
}

export interface Echo {
  /** The later concern. */
  from: ConcernRef;
  /** The earlier concern it raises again. */
  to: ConcernRef;
  score: number;
  sharedTopics: string[];
}

export interface FollowUpResolution {
  meetingId: string;
  ordinal: number;
  status: FollowUp['status'];
  /** Where a later meeting answers the follow-up, with how alike the two are. */
  evidence: { meetingId: string; itemOrdinal: number; passageOrdinal: number | null; score: number; text: string } | null;
}

export interface RecurringTopic {
  slug: string;
  meetingIds: string[];
  /** Concerns of the council about the topic, across those meetings. */
  concernCount: number;
}

export interface CrossMeetingOptions {
  similarity?: Similarity;
  /** Similarity above which a concern echoes an earlier one (with shared topics counting half). */
  echoThreshold?: number;
  /** Similarity above which a later item or passage answers a follow-up. */
  addressThreshold?: number;
  /** Similarity the answer must also have to the matter the promise names itself (when it names one). */
  matterThreshold?: number;
  /** How many earlier meetings of the body a concern is compared with (a concern comes back years later; this only bounds the work). */
  echoWindow?: number;
  /** How many later meetings of the body are searched for the answer to a follow-up. */
  followUpHorizon?: number;
}

type DatedDigest = MeetingDigest & { minutes: { date: string } };
const isDated = (m: MeetingDigest): m is DatedDigest => m.minutes.date !== null;

/**
 * The dated meetings of each body, in date order. Undated meetings have no place in time: nothing
 * is "earlier" or "later" than them, so they take no part in echoes or in resolving follow-ups.
 */
function byBody(meetings: readonly MeetingDigest[]): DatedDigest[][] {
  const groups = new Map<string, DatedDigest[]>();
  for (const m of meetings.filter(isDated)) (groups.get(m.bodyKey) ?? groups.set(m.bodyKey, []).get(m.bodyKey)!).push(m);
  return [...groups.values()].map((g) => g.sort(byDate));
}

const byDate = (a: DatedDigest, b: DatedDigest): number => a.minutes.date.localeCompare(b.minutes.date) || a.id.localeCompare(b.id);

/**
 * The topics discussed in more than one meeting of a body, most widespread first: what the
 * trend view can follow over time and leadership sees as recurring.
 */
export function recurringTopics(meetings: readonly MeetingDigest[], minScore = 0.5): RecurringTopic[] {
  const seen = new Map<string, RecurringTopic>();
  for (const m of meetings) {
    for (const t of m.topics) {
      if (t.score < minScore) continue;
      const entry = seen.get(t.slug) ?? { slug: t.slug, meetingIds: [], concernCount: 0 };
      entry.meetingIds.push(m.id);
      seen.set(t.slug, entry);
    }
    for (const c of m.concerns)
      for (const slug of c.topics) {
        const e = seen.get(slug);
        if (e) e.concernCount++;
      }
  }
  return [...seen.values()]
    .filter((t) => t.meetingIds.length > 1)
    .sort((a, b) => b.meetingIds.length - a.meetingIds.length || b.concernCount - a.concernCount || a.slug.localeCompare(b.slug));
}

/**
 * Texts less alike than this are not the same concern, whatever topics they share: a topic holds
 * several standing concerns ("bristen på vårdplatser i sommar", "utskrivningsklara patienter").
 */
const ECHO_MIN_TEXT = 0.2;

/**
 * Links each concern to the most alike concern of an earlier meeting of the same body, when the
 * likeness — text similarity, plus half the share of topics they have in common — passes the
 * threshold and the texts themselves are alike at all: "Punkt 1 och 5 är av särskild vikt i
 * samarbete med kommunerna" in 2025 echoes "Regleras vården genom överenskommelse med kommunerna?"
 * in 2024.
 */
export function findEchoes(meetings: readonly MeetingDigest[], options: CrossMeetingOptions = {}): Echo[] {
  const similarity = options.similarity ?? lexicalSimilarity;
  // Tuned on the synthetic corpora's planted truth (bench/corpus, seeds 1 and 7): with topics alone
  // worth 0.5, two concerns of one topic need some words in common to pass.
  const threshold = options.echoThreshold ?? 0.6;
  const echoes: Echo[] = [];
  const window = options.echoWindow ?? 48;
  for (const sorted of byBody(meetings))
    sorted.forEach((later, i) => {
      const earlier = sorted.slice(Math.max(0, i - window), i);
      for (const concern of later.concerns) {
        let best: Echo | null = null;
        for (const m of earlier) {
          for (const previous of m.concerns) {
            const score = concernLikeness(concern, previous, similarity);
            if (score.text >= ECHO_MIN_TEXT && score.value >= threshold && (!best || score.value > best.score)) {
              best = {
                from: { meetingId: later.id, ordinal: concern.ordinal },
                to: { meetingId: m.id, ordinal: previous.ordinal },
                score: round(score.value),
                sharedTopics: score.shared,
              };
            }
          }
        }
        if (best) echoes.push(best);
      }
    });
  return echoes;
}

function concernLikeness(a: Concern, b: Concern, similarity: Similarity): { value: number; text: number; shared: string[] } {
  // Sorted: the graph returns a concern's topics in no particular order, and the link must not depend on it.
  const shared = a.topics.filter((t) => b.topics.includes(t)).sort();
  const union = new Set([...a.topics, ...b.topics]).size;
  const topical = union ? shared.length / union : 0;
  const text = similarity(a.text, b.text);
  return { value: text + 0.5 * topical, text, shared };
}

/**
 * Decides each follow-up's status from the meetings after it (same body): addressed when a later
 * agenda item or passage is alike enough to the promise and its context (with that as evidence;
 * a meeting on the promised date is searched first), overdue when the due date has passed and a
 * later meeting took place after it without one, open otherwise. When the promise names its own
 * matter (`promiseMatter`), the answer must take that matter up: the item's title and sub-heading
 * name the topic, which later meetings take up again whether or not they answer this promise.
 */
export function resolveFollowUps(meetings: readonly MeetingDigest[], options: CrossMeetingOptions = {}): FollowUpResolution[] {
  const similarity = options.similarity ?? lexicalSimilarity;
  const threshold = options.addressThreshold ?? 0.35;
  // Tuned on corpora of seeds 1 and 7: a later item on the promise's topic but another matter
  // reaches about 0.5 through the topic's own words; one that takes the matter up reaches 0.6+.
  const matterThreshold = options.matterThreshold ?? 0.6;
  const horizon = options.followUpHorizon ?? 8;
  const standing = standingTitleWords(meetings);
  const out: FollowUpResolution[] = [];
  // A promise made at an undated meeting cannot be followed forward: it stays open, without evidence.
  for (const meeting of meetings) {
    if (!isDated(meeting))
      for (const f of meeting.followUps) out.push({ meetingId: meeting.id, ordinal: f.ordinal, status: 'open', evidence: null });
  }
  for (const sorted of byBody(meetings))
    sorted.forEach((meeting, i) => {
      const later = sorted.slice(i + 1, i + 1 + horizon);
      for (const followUp of meeting.followUps) {
        // What the promise is about: its passage, the sub-heading it stands under and the item's
        // title without the words of standing items ("Aktuellt", "bevakningslista"), which recur at
        // every meeting and so say nothing.
        const item = meeting.minutes.agendaItems.find((it) => it.ordinal === followUp.itemOrdinal);
        const passage = meeting.passages[followUp.passageOrdinal - 1];
        const heading = meeting.passages
          .slice(0, followUp.passageOrdinal - 1)
          .reverse()
          .find((p) => p.itemOrdinal === followUp.itemOrdinal && p.kind === 'information' && p.text.length <= 65 && !/[.!?]$/.test(p.text));
        const own = passage?.text ?? followUp.text;
        const subject = [withoutStanding(item?.title ?? '', standing.get(meeting.bodyKey)!), heading?.text ?? '', own].join('. ');
        const matter = promiseMatter(own);
        // A text takes the matter up when it is alike the matter, and more so than it is alike the
        // promise's item title: "Vårdplatsplan och beläggning" coming back is the topic, not the answer.
        const takesUp = (text: string): boolean => {
          if (matter === null) return true;
          const alike = similarity(matter, text);
          return alike >= matterThreshold && alike > similarity(item?.title ?? '', text);
        };
        let evidence: FollowUpResolution['evidence'] = null;
        for (const m of later) {
          for (const it of m.minutes.agendaItems) {
            const passages = m.passages.filter((p) => p.itemOrdinal === it.ordinal);
            // The item answers only where its title or one of its passages takes up the matter itself.
            if (!takesUp(it.title) && !passages.some((p) => takesUp(p.text))) continue;
            const itemScore = similarity(subject, it.title) * 0.6 + similarity(subject, passages.map((p) => p.text).join(' ')) * 0.4;
            const onPromisedDay = followUp.due !== null && m.minutes.date === followUp.due ? 0.1 : 0;
            if (itemScore + onPromisedDay >= threshold && (!evidence || itemScore + onPromisedDay > evidence.score)) {
              evidence = {
                meetingId: m.id,
                itemOrdinal: it.ordinal,
                passageOrdinal: null,
                score: round(itemScore + onPromisedDay),
                text: it.title,
              };
            }
            for (const p of passages) {
              if (!takesUp(p.text) && !takesUp(it.title)) continue;
              const s = similarity(subject, p.text) + onPromisedDay;
              if (s >= threshold && (!evidence || s > evidence.score))
                evidence = { meetingId: m.id, itemOrdinal: it.ordinal, passageOrdinal: p.ordinal, score: round(s), text: p.text };
            }
          }
        }
        const held = later.some((m) => followUp.due !== null && m.minutes.date > followUp.due);
        out.push({
          meetingId: meeting.id,
          ordinal: followUp.ordinal,
          status: evidence ? 'addressed' : held ? 'overdue' : 'open',
          evidence,
        });
      }
    });
  return out;
}

/** Per body: the words found in item titles of at least half of its meetings (and of three or more). */
function standingTitleWords(meetings: readonly MeetingDigest[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const bodies = new Set(meetings.map((m) => m.bodyKey));
  for (const body of bodies) {
    const ofBody = meetings.filter((m) => m.bodyKey === body);
    const counts = new Map<string, number>();
    for (const m of ofBody) {
      const words = new Set(m.minutes.agendaItems.flatMap((it) => titleWords(it.title)));
      for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
    // Three meetings at least: with two, an item answering a follow-up shares its title words with the promise's item.
    out.set(body, new Set([...counts].filter(([, n]) => n >= 3 && n >= ofBody.length / 2).map(([w]) => w)));
  }
  return out;
}

const titleWords = (title: string): string[] =>
  title
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);

function withoutStanding(title: string, standing: ReadonlySet<string>): string {
  return titleWords(title)
    .filter((w) => !standing.has(w))
    .join(' ');
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
