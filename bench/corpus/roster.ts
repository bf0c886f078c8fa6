import { chairedByMember, isSampleLayout, type BodySpec, type OrganisationSpec } from './bodies.js';
import type { NameSource, PersonSpec } from './people.js';
import type { Random } from './random.js';

export interface Member {
  person: PersonSpec;
  /** The attendance-list label of the organisation the member sits for. */
  organisation: string;
  staff: boolean;
  /** The organisation is a political party, printed "(S)". */
  party: boolean;
  /** An ersättare: sits in only when a member of the same organisation is away. */
  substitute: boolean;
  /** An official's job title ("enhetschef hemtjänst"); null for members. */
  title: string | null;
}

export interface Attendance {
  member: Member;
  remote: boolean;
  /** The role the minutes print beside the name, lower case ("ordförande", "ersättare", a title), or null. */
  role: string | null;
  /** The absent member a serving substitute sits in for ("ersätter X"). */
  replaces: Member | null;
}

/** A meeting's attendance: who came, and the members who were away (the närvarolista and "Förhinder" name them). */
export interface Turnout {
  attendees: Attendance[];
  absent: Member[];
}

/** Job titles of the officials who present items in a municipal council. */
const TITLES = [
  'utvecklingsledare',
  'enhetschef hemtjänst',
  'medicinskt ansvarig sjuksköterska',
  'kvalitetsstrateg',
  'verksamhetschef särskilt boende',
  'controller',
  'anhörigkonsulent',
  'biståndshandläggare',
  'planeringsledare',
];

/** A yearly chance of leaving the body: members change every few years, the chair more rarely. */
const LEAVES = { member: 0.3, staff: 0.22, chair: 0.1, secretary: 0.15 };

/**
 * The people of one body over time: seats per organisation, filled and refilled as members come
 * and go; the chair (the director, or a committee's first member) and the secretary.
 * First names stay unique within the body, so the text can say "Anders" and mean one person.
 */
export class Roster {
  members: Member[] = [];
  /** Ersättare of the councils of docs/layouts.md (the samples' family has none). */
  substitutes: Member[] = [];
  chair!: Member;
  /** The vice chair, where the minutes print one. */
  viceChair: Member | null = null;
  secretary!: Member;

  constructor(
    private readonly body: BodySpec,
    private readonly names: NameSource,
    private readonly random: Random,
  ) {
    for (const org of body.organisations) {
      const seats = random.int(org.seats[0], org.seats[1]);
      for (let i = 0; i < seats; i++) this.members.push(this.newMember(org, false));
    }
    this.chair = chairedByMember(body.layout) ? this.members[0]! : this.staff()[0]!;
    this.secretary = this.staff().at(-1)!;
    if (isSampleLayout(body.layout)) return;
    // The councils of docs/layouts.md: a vice chair from another organisation, titled officials, ersättare.
    this.viceChair =
      this.members.find(
        (m) =>
          !m.staff &&
          m.organisation !== this.chair.organisation &&
          (m.party === false || body.organisations.every((o) => o.staff || o.party)),
      ) ?? null;
    this.staff().forEach((m, i) => {
      m.title = m === this.secretary ? body.secretaryTitle : i === 0 ? body.headTitle : TITLES[(i - 1) % TITLES.length]!;
    });
    for (const org of body.organisations) {
      if (org.staff) continue;
      if (org.seats[1] >= 2 || random.chance(0.5)) this.substitutes.push(this.newMember(org, true));
    }
  }

  private newMember(org: OrganisationSpec, substitute: boolean, title: string | null = null): Member {
    const taken = new Set([...this.members, ...this.substitutes].map((m) => m.person.firstName));
    return {
      person: this.names.person(taken),
      organisation: org.label,
      staff: org.staff === true,
      party: org.party === true,
      substitute,
      title,
    };
  }

  private spec(organisation: string): OrganisationSpec {
    return this.body.organisations.find((o) => o.label === organisation)!;
  }

  staff(): Member[] {
    return this.members.filter((m) => m.staff);
  }

  /** A new year: some members leave and new ones take their seats. */
  turnover(): void {
    for (let i = 0; i < this.members.length; i++) {
      const m = this.members[i]!;
      const p = m === this.chair ? LEAVES.chair : m === this.secretary ? LEAVES.secretary : m.staff ? LEAVES.staff : LEAVES.member;
      if (!this.random.chance(p)) continue;
      const next = this.newMember(this.spec(m.organisation), false, m.title);
      this.members[i] = next;
      if (m === this.chair) this.chair = next;
      if (m === this.secretary) this.secretary = next;
      if (m === this.viceChair) this.viceChair = next;
    }
    for (let i = 0; i < this.substitutes.length; i++) {
      if (this.random.chance(LEAVES.member)) this.substitutes[i] = this.newMember(this.spec(this.substitutes[i]!.organisation), true);
    }
  }

  /** Who comes to a meeting: the chair and secretary always, most others, a few over a link. */
  attend(random: Random): Attendance[] {
    const present = this.members.filter((m) => m === this.chair || m === this.secretary || random.chance(m.staff ? 0.75 : 0.85));
    // Enough officials to present the items, each presenting one.
    const officials = this.members.filter((m) => m.staff && m !== this.chair && m !== this.secretary);
    for (const m of officials)
      if (officials.filter((o) => present.includes(o)).length < Math.min(3, officials.length) && !present.includes(m)) present.push(m);
    // Every organisation is represented by someone.
    for (const org of this.body.organisations) {
      if (!present.some((m) => m.organisation === org.label)) present.push(this.members.find((m) => m.organisation === org.label)!);
    }
    const order = new Map(this.members.map((m, i) => [m, i]));
    present.sort((a, b) => order.get(a)! - order.get(b)!);
    return present.map((member) => ({
      member,
      remote: member !== this.chair && member !== this.secretary && random.chance(0.1),
      role: this.sampleRole(member, present),
      replaces: null,
    }));
  }

  /** What the samples' family prints beside a name: only the committee marks its chair and officials. */
  private sampleRole(member: Member, present: readonly Member[]): string | null {
    if (this.body.layout !== 'committee-protocol') return null;
    if (member === this.chair) return 'ordförande';
    if (member === this.secretary) return 'sekreterare';
    return present.find((m) => m.staff && m !== this.secretary) === member ? this.body.headTitle : null;
  }

  /**
   * A council's meeting (docs/layouts.md): a few members away, each replaced by a free ersättare
   * of the same organisation when there is one; other ersättare come without serving; officials
   * as in `attend`. Members first (a serving ersättare in the seat of the one away), then the
   * ersättare who do not serve, then the officials.
   */
  turnout(random: Random): Turnout {
    const seated: Attendance[] = [];
    const absent: Member[] = [];
    const free = new Set(this.substitutes);
    for (const m of this.members.filter((x) => !x.staff)) {
      const fixed = m === this.chair || m === this.viceChair;
      if (fixed || !random.chance(0.14)) {
        seated.push({
          member: m,
          remote: false,
          role: m === this.chair ? 'ordförande' : m === this.viceChair ? 'vice ordförande' : null,
          replaces: null,
        });
        continue;
      }
      absent.push(m);
      const sub = [...free].find((s) => s.organisation === m.organisation);
      if (!sub) continue;
      free.delete(sub);
      // Notes do not tell serving ersättare from the others.
      seated.push({
        member: sub,
        remote: false,
        role: this.body.layout === 'anteckningar' ? 'ersättare' : 'tjänstgörande ersättare',
        replaces: m,
      });
    }
    const listening = [...free]
      .filter(() => random.chance(0.45))
      .map((member): Attendance => ({ member, remote: false, role: 'ersättare', replaces: null }));
    const staff = this.staff();
    const officials = staff.filter((m) => m === this.secretary || m === staff[0] || random.chance(0.75));
    // Enough officials to present the items.
    for (const m of staff) if (officials.length < Math.min(3, staff.length) && !officials.includes(m)) officials.push(m);
    officials.sort((a, b) => staff.indexOf(a) - staff.indexOf(b));
    return {
      attendees: [
        ...seated,
        ...listening,
        ...officials.map((member): Attendance => ({ member, remote: false, role: member.title, replaces: null })),
      ],
      absent,
    };
  }
}
