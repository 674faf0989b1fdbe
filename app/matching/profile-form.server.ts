/**
 * What the /profile form starts from, built on the server: the saved profile as the form's
 * value (one blank language and window row to fill). Topic labels for the chips come from
 * the catalogue (`topicLabels` in app/catalogue/topic.server.ts).
 */
import type { ProfileFormValue } from "./profile-form";
import type { ProfileForEdit } from "./profile.server";

/** The form's starting value: the saved profile, with one blank language and window row to fill. */
export function profileFormValue(p: ProfileForEdit | null): ProfileFormValue {
  if (!p) return { languages: [{}], interests: [], windows: [{}], stayTypes: [] };
  return {
    profession: p.profession ?? undefined,
    careerStage: p.careerStage ?? undefined,
    country: p.country ?? undefined,
    homeInstitution: p.homeInstitution ?? undefined,
    homeCentreId: p.homeCentreId ?? undefined,
    rorId: p.rorId ?? undefined,
    orcid: p.orcid ?? undefined,
    website: p.website ?? undefined,
    researchStatement: p.researchStatement,
    stayTypes: p.stayTypes,
    suggestToCentres: p.suggestToCentres ? "on" : undefined,
    shareWithHomeCentre: p.shareWithHomeCentre ? "on" : undefined,
    languages: p.languages.length ? p.languages : [{}],
    interests: p.interests,
    windows: p.windows.length ? p.windows : [{}],
  };
}
