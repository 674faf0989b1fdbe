/**
 * Allocation of cohort seats in one round, pure (no I/O): applicant-proposing deferred
 * acceptance, many-to-one, with a reason for every applicant's outcome.
 *
 * Rule (issue 17, part 1): applicants rank the programmes they applied to; each programme
 * ranks its applicants, and an applicant it does not rank is unacceptable to it (never placed
 * there); a programme's capacity is its cohort's seats. The result is the applicant-optimal
 * stable matching: D. Gale and L. S. Shapley, "College Admissions and the Stability of
 * Marriage", American Mathematical Monthly 69 (1962); many-to-one as in A. E. Roth and
 * M. Sotomayor, "Two-Sided Matching" (1990), ch. 5, where applicant-proposing deferred
 * acceptance is also shown to be strategy-proof for applicants (Dubins–Freedman 1981,
 * Roth 1982).
 *
 * Reasons: in a stable matching, a programme an applicant preferred to their placement and
 * that ranked them is full with applicants it ranked higher (otherwise the pair would block);
 * so each higher choice is either "unacceptable" or "full", read from the final matching.
 *
 * Cost: O(total preference entries × log capacity) time, O(applicants × programmes) memory
 * for the rank table (Int32Array); see `npm run bench:allocation`.
 */

/** An applicant of the round and the programmes they ranked, most preferred first. */
export interface AllocationApplicant {
  id: string;
  /** Programme ids, most preferred first; no repeats; each must be a programme of the round. */
  preferences: readonly string[];
}

/** A programme (a cohort) of the round. */
export interface AllocationProgramme {
  id: string;
  /** Seats (an integer >= 0). */
  capacity: number;
  /** Applicant ids, most preferred first; no repeats; an applicant not listed is unacceptable. */
  ranking: readonly string[];
}

/** Why an applicant was not placed in a programme they preferred to their placement. */
export type NotPlacedReason =
  /** The programme did not rank the applicant. */
  | { programmeId: string; choice: number; reason: "unacceptable" }
  /**
   * The programme is full with applicants it ranked higher: `rank` is the applicant's position
   * in its ranking (1-based), `lastAdmittedRank` the position of the lowest-ranked applicant it
   * holds (null when it has no seats at all).
   */
  | { programmeId: string; choice: number; reason: "full"; rank: number; lastAdmittedRank: number | null };

/** One applicant's outcome. */
export interface Placement {
  applicantId: string;
  /** The programme they are placed in, or null when unplaced. */
  programmeId: string | null;
  /** The position of `programmeId` in their preferences (1-based), or null when unplaced. */
  choice: number | null;
  /** One entry for each choice above the placement (every choice when unplaced), in order. */
  notPlaced: NotPlacedReason[];
}

/** The result of a round. */
export interface Allocation {
  /** One per applicant, in input order. */
  placements: Placement[];
  /** Each programme's placed applicants, in the programme's ranking order (best first). */
  byProgramme: Map<string, string[]>;
}

/**
 * Runs applicant-proposing deferred acceptance.
 * @param applicants the round's applicants (ids unique).
 * @param programmes the round's programmes (ids unique).
 * @returns the applicant-optimal stable matching with the reasons of each outcome.
 * @throws RangeError on a repeated id, a preference naming an unknown programme, a ranking
 *   naming an unknown applicant, a programme or applicant listed twice in one list, or a
 *   capacity that is not an integer >= 0 (the forms reject these before; this is the net).
 */
export function allocate(
  applicants: readonly AllocationApplicant[],
  programmes: readonly AllocationProgramme[],
): Allocation {
  const A = applicants.length;
  const P = programmes.length;
  const applicantIndex = new Map<string, number>();
  applicants.forEach((a, i) => {
    if (applicantIndex.has(a.id)) throw new RangeError(`applicant ${a.id} appears twice`);
    applicantIndex.set(a.id, i);
  });
  const programmeIndex = new Map<string, number>();
  programmes.forEach((p, i) => {
    if (programmeIndex.has(p.id)) throw new RangeError(`programme ${p.id} appears twice`);
    if (!Number.isInteger(p.capacity) || p.capacity < 0)
      throw new RangeError(`programme ${p.id}: capacity must be an integer >= 0, got ${String(p.capacity)}`);
    programmeIndex.set(p.id, i);
  });

  // rank[p * A + a] = position of applicant a in programme p's ranking (0 = best), -1 = unacceptable.
  const rank = new Int32Array(P * A).fill(-1);
  programmes.forEach((p, pi) => {
    const base = pi * A;
    p.ranking.forEach((id, r) => {
      const ai = applicantIndex.get(id);
      if (ai === undefined) throw new RangeError(`programme ${p.id} ranks unknown applicant ${id}`);
      if (rank[base + ai] !== -1) throw new RangeError(`programme ${p.id} ranks applicant ${id} twice`);
      rank[base + ai] = r;
    });
  });
  // seenBy[p] = 1 + the last applicant that listed p: a repeat check without a Set per applicant.
  const seenBy = new Int32Array(P);
  const prefs: Int32Array[] = applicants.map((a, ai) => {
    const list = new Int32Array(a.preferences.length);
    a.preferences.forEach((id, k) => {
      const pi = programmeIndex.get(id);
      if (pi === undefined) throw new RangeError(`applicant ${a.id} ranks unknown programme ${id}`);
      if (seenBy[pi] === ai + 1) throw new RangeError(`applicant ${a.id} ranks programme ${id} twice`);
      seenBy[pi] = ai + 1;
      list[k] = pi;
    });
    return list;
  });

  // Each programme holds its tentative admits in a max-heap by rank (the worst on top).
  const heaps: Int32Array[] = programmes.map((p) => new Int32Array(p.capacity));
  const sizes = new Int32Array(P);
  const next = new Int32Array(A); // next preference index each applicant will propose to
  const held = new Int32Array(A).fill(-1); // programme holding each applicant, -1 none

  const free: number[] = [];
  for (let a = A - 1; a >= 0; a--) free.push(a);
  while (free.length) {
    const a = free.pop()!;
    const list = prefs[a];
    let placed = false;
    while (!placed && next[a] < list.length) {
      const p = list[next[a]++];
      const r = rank[p * A + a];
      if (r < 0) continue; // unacceptable: rejected at once
      const heap = heaps[p];
      const cap = heap.length;
      if (sizes[p] < cap) {
        heapPush(heap, sizes[p]++, a, rank, p * A);
        held[a] = p;
        placed = true;
      } else if (cap > 0 && rank[p * A + heap[0]] > r) {
        const bumped = heap[0];
        heap[0] = a;
        siftDown(heap, cap, 0, rank, p * A);
        held[a] = p;
        held[bumped] = -1;
        free.push(bumped);
        placed = true;
      }
    }
  }

  // The final matching, and each programme's lowest admitted rank.
  const byProgramme = new Map<string, string[]>();
  const lastRank = new Int32Array(P).fill(-1);
  programmes.forEach((p, pi) => {
    const members = Array.from(heaps[pi].subarray(0, sizes[pi])).sort((x, y) => rank[pi * A + x] - rank[pi * A + y]);
    byProgramme.set(
      p.id,
      members.map((a) => applicants[a].id),
    );
    if (members.length) lastRank[pi] = rank[pi * A + members[members.length - 1]];
  });

  const placements: Placement[] = applicants.map((applicant, a) => {
    const list = prefs[a];
    const p = held[a];
    const choice = p < 0 ? -1 : list.indexOf(p);
    const upTo = p < 0 ? list.length : choice;
    const notPlaced: NotPlacedReason[] = [];
    for (let k = 0; k < upTo; k++) {
      const q = list[k];
      const r = rank[q * A + a];
      const programmeId = programmes[q].id;
      if (r < 0) notPlaced.push({ programmeId, choice: k + 1, reason: "unacceptable" });
      else
        notPlaced.push({
          programmeId,
          choice: k + 1,
          reason: "full",
          rank: r + 1,
          lastAdmittedRank: lastRank[q] < 0 ? null : lastRank[q] + 1,
        });
    }
    return {
      applicantId: applicant.id,
      programmeId: p < 0 ? null : programmes[p].id,
      choice: p < 0 ? null : choice + 1,
      notPlaced,
    };
  });
  return { placements, byProgramme };
}

/** Max-heap by rank: pushes applicant `a` at position `size`. */
function heapPush(heap: Int32Array, size: number, a: number, rank: Int32Array, base: number): void {
  let i = size;
  heap[i] = a;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (rank[base + heap[parent]] >= rank[base + heap[i]]) break;
    [heap[parent], heap[i]] = [heap[i], heap[parent]];
    i = parent;
  }
}

/** Max-heap by rank: restores order below position `i`. */
function siftDown(heap: Int32Array, size: number, i: number, rank: Int32Array, base: number): void {
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let top = i;
    if (l < size && rank[base + heap[l]] > rank[base + heap[top]]) top = l;
    if (r < size && rank[base + heap[r]] > rank[base + heap[top]]) top = r;
    if (top === i) return;
    [heap[top], heap[i]] = [heap[i], heap[top]];
    i = top;
  }
}
