import { useTranslation } from "react-i18next";

/** The "example opportunity" badge every seeded opportunity carries. */
export function ExampleBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-example" title={t("opportunity.exampleHint")}>
      {t("opportunity.example")}
    </span>
  );
}
