import type { Owner, Person } from '../model/types.js';

/** The owner rules the memo stands in front of, each worked out afresh. */
export interface OwnerRules {
  /** An owner cell or ACTION parenthesis split into owners, each resolved. */
  owners(raw: string): Owner[];
  /** One owner as written. */
  owner(written: string): Owner;
  /** The one listed person within the near-miss limit of a folded name, or null. */
  closeTo(folded: string): Person | null;
  /** How often the minutes spell a name this way. */
  count(name: string): number;
}

/** A remembered owner: a copy of its fields, and the person it stands for. */
interface Remembered {
  owner: Owner;
  person: Person | null;
}

/**
 * The caches beside the owner rules, on the hot path of parsing: the same owner cells and owners recur
 * through a set of minutes, and the same near misses and spellings recur within one.
 *
 * Owners are handed out as fresh copies, since callers rename them (`settleNames`), each linked to its
 * person in the resolver's `personOf`. A resolution that met a near miss is not remembered: it is worked
 * out afresh each time, so the near miss is reported at each line where it is written.
 */
export class OwnerMemo {
  /** Owner lists by the cell written. */
  private readonly lists = new Map<string, Remembered[]>();
  /** Single owners by the text written. */
  private readonly owners = new Map<string, Remembered>();
  /** The person near each folded name, or null for none or too many. */
  private readonly close = new Map<string, Person | null>();
  /** The minutes' count of each spelling. */
  private readonly counts = new Map<string, number>();
  /** Near misses met so far, so a resolution can tell whether it met one. */
  private nearMisses = 0;

  constructor(
    private readonly rules: OwnerRules,
    private readonly personOf: WeakMap<Owner, Person>,
  ) {}

  /** Marks the resolution under way as not to be remembered: it met a near miss. */
  metNearMiss(): void {
    this.nearMisses++;
  }

  /** `rules.owners(raw)`, remembered. */
  ownerList(raw: string): Owner[] {
    const hit = this.lists.get(raw);
    if (hit) return hit.map((entry) => this.copyOf(entry));
    const before = this.nearMisses;
    const owners = this.rules.owners(raw);
    if (this.nearMisses === before) this.lists.set(raw, owners.map((owner) => this.remembered(owner)));
    return owners;
  }

  /** The names in a remembered owner list, with no copies made, or undefined if none is remembered. */
  rememberedNames(raw: string): string[] | undefined {
    return this.lists.get(raw)?.map((entry) => entry.owner.name);
  }

  /** `rules.owner(written)`, remembered. */
  owner(written: string): Owner {
    const hit = this.owners.get(written);
    if (hit) return this.copyOf(hit);
    const before = this.nearMisses;
    const owner = this.rules.owner(written);
    if (this.nearMisses === before) this.owners.set(written, this.remembered(owner));
    return owner;
  }

  /** `rules.closeTo(folded)`, remembered. */
  closeTo(folded: string): Person | null {
    let person = this.close.get(folded);
    if (person === undefined) {
      person = this.rules.closeTo(folded);
      this.close.set(folded, person);
    }
    return person;
  }

  /** `rules.count(name)`, remembered. */
  count(name: string): number {
    let count = this.counts.get(name);
    if (count === undefined) {
      count = this.rules.count(name);
      this.counts.set(name, count);
    }
    return count;
  }

  private remembered(owner: Owner): Remembered {
    return { owner: { ...owner }, person: this.personOf.get(owner) ?? null };
  }

  /** A fresh copy of a remembered owner, still linked to its person. */
  private copyOf(entry: Remembered): Owner {
    const owner = { ...entry.owner };
    if (entry.person) this.personOf.set(owner, entry.person);
    return owner;
  }
}
