import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** The "example opportunity" badge every seeded opportunity carries until a centre adopts it. */
export function ExampleBadge() {
  const { t } = useTranslation();
  return (
    <span className="badge badge-example" title={t("opportunity.exampleHint")}>
      {t("opportunity.example")}
    </span>
  );
}

/** The link to the real (not example) programmes of one centre. */
export function realProgrammesHref(centreSlug: string): string {
  return `/opportunities?centre=${encodeURIComponent(centreSlug)}&real=1`;
}

/**
 * Says that an example cannot be requested, with a link to the centre's real programmes
 * (decision 0026). `long`: the opportunity page's version, with the explanation.
 */
export function ExampleNotRequestable({ centreSlug, long = false }: { centreSlug: string; long?: boolean }) {
  const { t } = useTranslation();
  return (
    <p className={long ? "notice example-notice" : "example-notice"}>
      {long ? (
        <>
          <ExampleBadge /> {t("opportunity.exampleHint")}{" "}
        </>
      ) : null}
      {t("opportunity.exampleNotRequestable")}{" "}
      <Link to={realProgrammesHref(centreSlug)}>{t("opportunity.realProgrammes")}</Link>
    </p>
  );
}
