/** A stored place name (a centre's city) in the page's language: "Milano" on Italian pages. */
import { useTranslation } from "react-i18next";
import { placeName } from "~/catalogue/place-names";

/** The city `name` as written in the UI language (see app/catalogue/place-names.ts). */
export function PlaceName({ name }: { name: string }) {
  const { i18n } = useTranslation();
  return <>{placeName(name, i18n.language ?? "en")}</>;
}
