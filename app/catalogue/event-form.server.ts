/** Server pieces the coordinators' event pages share: the choices the form lists, in the UI language. */
import { languageOrder } from "~/platform/reference-lists.server";
import { listCentreChoices } from "./coordinator-event.server";
import { getTaxonomy, treeOrder } from "./topic.server";

/** Topics in tree order, centres by name and languages (codes in order: the form names them), for the event form. */
export async function eventFormChoices(language: string) {
  const [taxonomy, centres] = await Promise.all([getTaxonomy(), listCentreChoices()]);
  return {
    topics: treeOrder(taxonomy).map(({ id, depth, labelEn, labelIt }) => ({ id, depth, labelEn, labelIt })),
    centres: centres.map((c) => ({ value: c.slug, label: language === "it" ? c.nameIt : c.name })),
    languages: languageOrder(language),
  };
}

/** Event form post size: four texts of 4,000 characters, up to 4 bytes each, and the rest. */
export const EVENT_FORM_BYTES = 96 * 1024;
