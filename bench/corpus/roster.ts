import type { BodySpec } from './bodies.js';
import type { NameSource, PersonSpec } from './people.js';
import type { Random } from './random.js';

export interface Member {
  person: PersonSpec;
  /** The attendance-list label of the organisation the member sits for. */
  organisation: string;
  staff: boolean;
}

export interface Attendance {
  member: Member;
  remote: boolean;
}

/** A yearly chance of leaving the body: members change every few years, the chair more rarely. */
const LEAVES = { member: 0.3, staff: 0.22, chair: 0.1, secretary: 0.15 };

/**
 * The people of one body over time: seats per organisation, filled and refilled as members come
 * and go; the chair (the director, or a committee's first member) and the secretary.
 * First names stay unique within the body, so the text can say "Anders" and mean one person.
 */
export class Roster {
  members: Member[] = [];
  chair!: Member;
  secretary!: Member;

  constructor(
    private readonly body: BodySpec,
    private readonly names: NameSource,
    private readonly random: Random,
  ) {
    for (const org of body.organisations) {
      const seats = random.int(org.seats[0], org.seats[1]);
      for (let i = 0; i < seats; i++) this.members.push(this.newMember(org.label, org.staff === true));
    }
    this.chair = this.body.layout === 'committee-protocol' ? this.members[0]! : this.staff()[0]!;
    this.secretary = this.staff().at(-1)!;
  }

  private newMember(organisation: string, staff: boolean): Member {
    const taken = new Set(this.members.map((m) => m.person.firstName));
    return { person: this.names.person(taken), organisation, staff };
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
      const next = this.newMember(m.organisation, m.staff);
      this.members[i] = next;
      if (m === this.chair) this.chair = next;
      if (m === this.secretary) this.secretary = next;
    }
  }

  /** Who comes to a meeting: the chair and secretary always, most others, a few over a link. */
  attend(random: Random): Attendance[] {
    const present = this.members.filter((m) => m === this.chair || m === this.secretary || random.chance(m.staff ? 0.75 : 0.85));
    // Enough officials to present the items, each presenting one.
    const officials = this.members.filter((m) => m.staff && m !== this.chair && m !== this.secretary);
    for (const m of officials) if (officials.filter((o) => present.includes(o)).length < Math.min(3, officials.length) && !present.includes(m)) present.push(m);
    // Every organisation is represented by someone.
    for (const org of this.body.organisations) {
      if (!present.some((m) => m.organisation === org.label)) present.push(this.members.find((m) => m.organisation === org.label)!);
    }
    const order = new Map(this.members.map((m, i) => [m, i]));
    present.sort((a, b) => order.get(a)! - order.get(b)!);
    return present.map((member) => ({ member, remote: member !== this.chair && member !== this.secretary && random.chance(0.1) }));
  }
}
