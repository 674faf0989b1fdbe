/**
 * The data of the partner-search pages, shaped in the reader's language: list entries,
 * "Fits your interests" (proposals ranked against the reader's profile interests, with the
 * matching domain's reason texts), the proposal page and the proposer's "other proposals on
 * related topics". Texts are rendered here once, so the browser shows what the server did.
 * No entry carries an e-mail address or an institution.
 */
import type { TFunction } from "i18next";
import { getTaxonomy, treeOrder, withDescendants, type Taxonomy } from "~/catalogue/topic.server";
import { formatDay, reasonText, type Reason } from "~/matching";
import { languageOptions, languageOrder } from "~/platform/reference-lists.server";
import { collaborationTree, rankProposals, similarProposals, type TopicTree } from "./matching";
import {
  getProposal,
  listProposals,
  openProposalsForMatching,
  profileInterestsOf,
  type ProposalRow,
} from "./proposals.server";
import type { ProposalFilters } from "./validation";

/** How many fits the list and the proposal page show. */
const FITS_MAX = 5;
/** A list entry's summary is cut here (code points). */
const EXCERPT_MAX = 280;

let treeCache: { taxonomy: Taxonomy; tree: TopicTree } | undefined;

/** The taxonomy and its tree (rebuilt when getTaxonomy's cached value changes). */
async function taxonomyAndTree() {
  const taxonomy = await getTaxonomy();
  if (treeCache?.taxonomy !== taxonomy) {
    treeCache = { taxonomy, tree: collaborationTree(taxonomy.topics.map((t) => ({ id: t.id, parentId: t.parentId }))) };
  }
  return treeCache;
}

function label(taxonomy: Taxonomy, id: string, language: string): string {
  const topic = taxonomy.byId.get(id);
  if (!topic) return id;
  return language === "it" ? topic.labelIt : topic.labelEn;
}

function excerpt(text: string): string {
  const chars = [...text];
  return chars.length <= EXCERPT_MAX ? text : `${chars.slice(0, EXCERPT_MAX).join("").trimEnd()}…`;
}

/** One proposal as the lists show it. */
export function listEntry(row: ProposalRow, taxonomy: Taxonomy, language: string) {
  const names = new Map(languageOptions(language).map((o) => [o.value, o.label]));
  return {
    id: row.id,
    title: row.title,
    summary: excerpt(row.summary),
    proposerName: row.proposer.name,
    topics: row.topics.map((t) => label(taxonomy, t.topicId, language)),
    partnerKinds: row.partnerKinds,
    languages: row.languages.map((code) => names.get(code) ?? code),
    fundingProgramme: row.fundingProgramme,
    fundingDeadline: row.fundingDeadline ? formatDay(row.fundingDeadline.toISOString().slice(0, 10), language) : null,
    signedInOnly: row.visibility === "SIGNED_IN",
    isExample: row.isExample,
  };
}

export type ProposalListEntry = ReturnType<typeof listEntry>;

/** Topic key → label of every topic a reason names. */
function reasonLabels(reasons: readonly Reason[], taxonomy: Taxonomy, language: string) {
  const out: Record<string, string> = {};
  for (const r of reasons)
    for (const name of ["oppTopicKey", "profileTopicKey", "sharedTopicKey"]) {
      const id = r.params[name];
      if (typeof id === "string") out[id] = label(taxonomy, id, language);
    }
  return out;
}

/**
 * /collaborations: the filtered list, the filter choices and, for a signed-in applicant
 * (`withFits`), the open proposals of others that fit their profile interests (null
 * otherwise; an empty list with `hasInterests` false when their profile names none).
 */
export async function getListPage(
  viewerId: string | null,
  filters: ProposalFilters,
  t: TFunction,
  language: string,
  withFits: boolean,
) {
  const { taxonomy, tree } = await taxonomyAndTree();
  const topicIds = filters.topic ? withDescendants(taxonomy, filters.topic) : null;
  const rows = topicIds && topicIds.length === 0 ? [] : await listProposals(viewerId, filters, topicIds);
  let fits: { hasInterests: boolean; entries: (ProposalListEntry & { reasons: string[] })[] } | null = null;
  if (viewerId && withFits) {
    const interests = await profileInterestsOf(viewerId);
    if (interests.length) {
      const open = (await openProposalsForMatching()).filter((p) => p.proposerId !== viewerId);
      const byId = new Map(open.map((p) => [p.id, p]));
      const ranked = rankProposals(
        tree,
        open.map((p) => ({ id: p.id, topicIds: p.topics.map((x) => x.topicId) })),
        interests,
      ).slice(0, FITS_MAX);
      fits = {
        hasInterests: true,
        entries: ranked.map((fit) => {
          const labels = reasonLabels(fit.reasons, taxonomy, language);
          return {
            ...listEntry(byId.get(fit.id)!, taxonomy, language),
            reasons: fit.reasons.map((r) => reasonText(t, r, language, labels)),
          };
        }),
      };
    } else fits = { hasInterests: false, entries: [] };
  }
  return {
    proposals: rows.map((row) => listEntry(row, taxonomy, language)),
    fits,
    topics: treeOrder(taxonomy).map(({ id, depth, labelEn, labelIt }) => ({ id, depth, labelEn, labelIt })),
    // Codes in order only: the page names them (reference-lists.ts), so the names are sent once.
    languages: languageOrder(language),
  };
}

/**
 * /collaborations/:id for `viewerId` (null: signed out): the proposal (names only, no
 * addresses), the viewer's own interest, and for the proposer the other open proposals on
 * related topics with reasons. Null when it does not exist or is not visible to them.
 */
export async function getProposalPage(id: string, viewerId: string | null, t: TFunction, language: string) {
  const [p, { taxonomy, tree }] = await Promise.all([getProposal(id, viewerId), taxonomyAndTree()]);
  if (!p) return null;
  const names = new Map(languageOptions(language).map((o) => [o.value, o.label]));
  let similar: (ProposalListEntry & { reasons: string[] })[] | null = null;
  if (p.isProposer) {
    const open = (await openProposalsForMatching()).filter((o) => o.proposerId !== p.proposerId);
    const byId = new Map(open.map((o) => [o.id, o]));
    similar = similarProposals(
      tree,
      { id: p.id, topicIds: p.topics.map((x) => x.topicId) },
      open.map((o) => ({ id: o.id, topicIds: o.topics.map((x) => x.topicId) })),
    )
      .slice(0, FITS_MAX)
      .map((fit) => {
        const labels = reasonLabels(fit.reasons, taxonomy, language);
        return {
          ...listEntry(byId.get(fit.id)!, taxonomy, language),
          reasons: fit.reasons.map((r) =>
            String(
              t(`collaborations:reason.${r.code}`, {
                lng: language,
                oppTopic: labels[String(r.params.oppTopicKey)],
                profileTopic: labels[String(r.params.profileTopicKey)],
                sharedTopic: labels[String(r.params.sharedTopicKey ?? "")] ?? "",
              }),
            ),
          ),
        };
      });
  }
  return {
    proposal: {
      id: p.id,
      title: p.title,
      summary: p.summary,
      expertise: p.expertise,
      proposerName: p.proposer.name,
      topics: p.topics.map((x) => label(taxonomy, x.topicId, language)),
      partnerKinds: p.partnerKinds,
      languages: p.languages.map((code) => names.get(code) ?? code),
      fundingProgramme: p.fundingProgramme,
      fundingCallId: p.fundingCallId,
      fundingDeadline: p.fundingDeadline ? formatDay(p.fundingDeadline, language) : null,
      published: formatDay(p.createdAt.toISOString().slice(0, 10), language),
      status: p.status,
      signedInOnly: p.visibility === "SIGNED_IN",
      isExample: p.isExample,
    },
    isProposer: p.isProposer,
    pendingInterests: p.isProposer ? p.pendingInterests : 0,
    myInterest: p.myInterest
      ? { id: p.myInterest.id, status: p.myInterest.status, message: p.myInterest.message }
      : null,
    similar,
  };
}

/** The proposal form's choices in `language`: topics in tree order and languages. */
export async function proposalFormChoices(language: string) {
  const { taxonomy } = await taxonomyAndTree();
  return {
    topics: treeOrder(taxonomy).map(({ id, depth, labelEn, labelIt }) => ({ id, depth, labelEn, labelIt })),
    // Codes in order only: the page names them (reference-lists.ts), so the names are sent once.
    languages: languageOrder(language),
  };
}

/** A validator of topic keys against the taxonomy (for the form's schema on the server). */
export async function knownTopic(): Promise<(id: string) => boolean> {
  const { taxonomy } = await taxonomyAndTree();
  return (id) => taxonomy.byId.has(id);
}
