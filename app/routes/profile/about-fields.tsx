/**
 * The /profile form's "about you" fieldset: profession, career stage, country, home
 * institution, home centre in Lombardy (issue 19), ROR id, ORCID iD and website.
 */
import { getInputProps } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { Field } from "~/components/forms";
import { CAREER_STAGES, PROFESSIONS } from "~/catalogue/vocabulary";
import type { ProfileFields } from "~/matching/profile-form";
import { INSTITUTION_MAX, WEBSITE_MAX } from "~/matching/profile-validation";
import { namedOptions } from "~/platform/reference-lists";
import { Select } from "./select-field";

/**
 * The "about you" fieldset; `countries` are the country codes sorted by name in the UI
 * language (`countryOrder`, codes joined by spaces), named here,
 * `homeCentres` Lombardy's centres (a Lombardy professional's home centre).
 */
export function AboutFields({
  fields,
  countries,
  homeCentres,
}: {
  fields: ProfileFields;
  countries: string;
  homeCentres: { value: string; label: string }[];
}) {
  const { t, i18n } = useTranslation("profile");
  const countryOptions = namedOptions("country", countries, i18n.language);
  const professionOptions = PROFESSIONS.map((p) => ({ value: p, label: t(`common:profession.${p}`) }));
  const stageOptions = CAREER_STAGES.map((s) => ({ value: s, label: t(`common:careerStage.${s}`) }));
  return (
    <fieldset>
      <legend>{t("profile.about")}</legend>
      <Select
        meta={fields.profession}
        label={t("fields.profession")}
        options={professionOptions}
        placeholder={t("fields.choose")}
      />
      <Select
        meta={fields.careerStage}
        label={t("fields.careerStage")}
        options={stageOptions}
        placeholder={t("fields.choose")}
      />
      <Select
        meta={fields.country}
        label={t("fields.country")}
        options={countryOptions}
        named
        placeholder={t("fields.notSaying")}
      />
      <Field
        labelProps={{ children: t("fields.homeInstitution") }}
        inputProps={{
          ...getInputProps(fields.homeInstitution, { type: "text" }),
          autoComplete: "organization",
          maxLength: INSTITUTION_MAX,
        }}
        errors={fields.homeInstitution.errors}
      />
      <Select
        meta={fields.homeCentreId}
        label={t("fields.homeCentre")}
        options={homeCentres}
        placeholder={t("fields.noHomeCentre")}
        hint={t("fields.homeCentreHint")}
      />
      <Field
        labelProps={{ children: t("fields.rorId") }}
        inputProps={{
          ...getInputProps(fields.rorId, { type: "text" }),
          placeholder: "https://ror.org/0…",
          spellCheck: false,
        }}
        errors={fields.rorId.errors}
        hint={t("fields.rorIdHint")}
      />
      <Field
        labelProps={{ children: t("fields.orcid") }}
        inputProps={{
          ...getInputProps(fields.orcid, { type: "text" }),
          placeholder: "0000-0000-0000-0000",
          spellCheck: false,
          inputMode: "text",
        }}
        errors={fields.orcid.errors}
        hint={t("fields.orcidHint")}
      />
      <Field
        labelProps={{ children: t("fields.website") }}
        inputProps={{
          ...getInputProps(fields.website, { type: "url" }),
          autoComplete: "url",
          placeholder: "https://",
          maxLength: WEBSITE_MAX,
        }}
        errors={fields.website.errors}
        hint={t("fields.websiteHint")}
      />
    </fieldset>
  );
}
