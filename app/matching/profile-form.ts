/**
 * The /profile form's shapes (pure types, safe in the browser): its fields as Conform sees
 * them (strings; lists of rows), Conform's metadata for them, and the label a chosen
 * interest topic is shown with. The server fills them in profile-form.server.ts.
 */
import type { FormMetadata } from "@conform-to/react";

/** The form's fields as Conform sees them (strings; lists of rows). */
export type ProfileFormValue = {
  profession?: string;
  careerStage?: string;
  country?: string;
  homeInstitution?: string;
  homeCentreId?: string;
  rorId?: string;
  orcid?: string;
  website?: string;
  researchStatement?: string;
  stayTypes: string[];
  suggestToCentres?: string;
  shareWithHomeCentre?: string;
  languages: { code?: string; level?: string }[];
  interests: { topicId?: string; weight?: string }[];
  windows: { start?: string; end?: string }[];
};

/** Conform's metadata of the whole profile form (list intents, errors). */
export type ProfileFormMetadata = FormMetadata<ProfileFormValue>;

/** Conform's metadata of each of the profile form's fields. */
export type ProfileFields = ReturnType<ProfileFormMetadata["getFieldset"]>;

/** A topic as a chosen interest shows it: its label and its parent's, in the UI language. */
export type TopicLabel = { label: string; parent: string | null };
