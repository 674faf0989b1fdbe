/**
 * The joint research partner search (issue 19 part 3): collaboration proposals, expressions
 * of interest and the thread after acceptance. Its public module for other domains and the
 * browser (pure): the form vocabulary and the matching. The database side is reached through
 * `proposals.server.ts` and `interests.server.ts`.
 */
export { PARTNER_KINDS, VISIBILITIES, type PartnerKind } from "./validation";
export { rankProposals, similarProposals, type ProposalFit } from "./matching";
