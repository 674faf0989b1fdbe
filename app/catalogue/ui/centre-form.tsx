/**
 * The admins' centre form (new and edit pages): names, kind, in Lombardy or a partner
 * institution abroad (with its country, named in the UI language by the loader), city, address, website,
 * IRCCS status, ROR ID, parent, descriptions, numbered sources and the facts that cite
 * them. Adding and removing sources and facts are Conform list intents, so the form works
 * without JavaScript.
 */
import { getCollectionProps, getFormProps, getInputProps, type FormMetadata } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { namedOptions } from "~/platform/reference-lists";
import { SelectField, TextareaField } from "~/catalogue/ui/opportunity-form";
import {
  ADDRESS_MAX,
  CENTRE_KINDS,
  EMAIL_DOMAINS_FIELD_MAX,
  CENTRE_LOCATIONS,
  CENTRE_NAME_MAX,
  CITY_MAX,
  FACT_MAX,
  FACTS_MAX,
  IRCCS_CHOICES,
  SLUG_MAX,
  SOURCE_KINDS,
  SOURCE_TITLE_MAX,
  SOURCES_MAX,
  URL_MAX,
} from "~/catalogue/centre-validation";
import { DESCRIPTION_MAX } from "~/catalogue/opportunity-validation";

export type CentreFormValue = {
  slug?: string;
  version?: string;
  name?: string;
  nameIt?: string;
  kind?: string;
  location?: string;
  country?: string;
  city?: string;
  address?: string;
  website?: string;
  irccs?: string;
  rorId?: string;
  emailDomains?: string;
  parentId?: string;
  descriptionEn?: string;
  descriptionIt?: string;
  sources: { n?: string; url?: string; title?: string; date?: string; kind?: string }[];
  facts: { textEn?: string; textIt?: string; sources?: string }[];
};

export function CentreForm({
  form,
  withSlug,
  parents,
  countries,
  submitLabel,
}: {
  form: FormMetadata<CentreFormValue>;
  /** True on the "new centre" page: the slug is chosen once. */
  withSlug: boolean;
  parents: { id: string; name: string }[];
  /** ISO 3166-1 alpha-2 codes in order of their names in the UI language (`countryOrder`); named here. */
  countries: string;
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation("admin");
  const fields = form.getFieldset();
  const sourceRows = fields.sources.getFieldList();
  const factRows = fields.facts.getFieldList();
  const kindOptions = CENTRE_KINDS.map((k) => ({ value: k, label: t(`common:centreKind.${k}`) }));
  const sourceKindOptions = SOURCE_KINDS.map((k) => ({ value: k, label: t(`common:sourceKind.${k}`) }));

  return (
    <Form method="post" {...getFormProps(form)} className="profile-form">
      <input {...getInputProps(fields.version, { type: "hidden" })} />
      <ErrorList id={form.errorId} errors={form.errors} className="form-error" />

      <fieldset>
        <legend>{t("centres.form.identity")}</legend>
        {withSlug ? (
          <Field
            labelProps={{ children: t("centres.form.slug") }}
            inputProps={{
              ...getInputProps(fields.slug, { type: "text" }),
              maxLength: SLUG_MAX,
              spellCheck: false,
              autoComplete: "off",
            }}
            errors={fields.slug.errors}
            hint={t("centres.form.slugHint")}
          />
        ) : null}
        <div className="two-languages">
          <Field
            labelProps={{ children: t("centres.form.name") }}
            inputProps={{ ...getInputProps(fields.name, { type: "text" }), maxLength: CENTRE_NAME_MAX }}
            errors={fields.name.errors}
          />
          <Field
            labelProps={{ children: t("centres.form.nameIt") }}
            inputProps={{ ...getInputProps(fields.nameIt, { type: "text" }), maxLength: CENTRE_NAME_MAX, lang: "it" }}
            errors={fields.nameIt.errors}
          />
        </div>
        <SelectField
          meta={fields.kind}
          label={t("centres.form.kind")}
          options={kindOptions}
          placeholder={t("centres.form.choose")}
        />
        <fieldset className="plain-fieldset">
          <legend>{t("centres.form.location")}</legend>
          <div className="checkbox-row">
            {getCollectionProps(fields.location, { type: "radio", options: [...CENTRE_LOCATIONS] }).map(
              ({ key, ...props }) => (
                <label key={key} htmlFor={props.id}>
                  <input {...props} />
                  {t(`centres.form.locationChoice.${props.value}`)}
                </label>
              ),
            )}
          </div>
          <ErrorList id={fields.location.errorId} errors={fields.location.errors} />
        </fieldset>
        <SelectField
          meta={fields.country}
          label={t("centres.form.country")}
          options={namedOptions("country", countries, i18n.language)}
          named
          placeholder={t("centres.form.noCountry")}
          hint={t("centres.form.countryHint")}
        />
        <div className="two-languages">
          <Field
            labelProps={{ children: t("centres.form.city") }}
            inputProps={{ ...getInputProps(fields.city, { type: "text" }), maxLength: CITY_MAX }}
            errors={fields.city.errors}
          />
          <Field
            labelProps={{ children: t("centres.form.address") }}
            inputProps={{ ...getInputProps(fields.address, { type: "text" }), maxLength: ADDRESS_MAX }}
            errors={fields.address.errors}
          />
        </div>
        <Field
          labelProps={{ children: t("centres.form.website") }}
          inputProps={{
            ...getInputProps(fields.website, { type: "url" }),
            maxLength: URL_MAX,
            placeholder: "https://",
          }}
          errors={fields.website.errors}
          hint={t("centres.form.websiteHint")}
        />
        <fieldset className="plain-fieldset">
          <legend>{t("centres.form.irccs")}</legend>
          <div className="checkbox-row">
            {getCollectionProps(fields.irccs, { type: "radio", options: [...IRCCS_CHOICES] }).map(
              ({ key, ...props }) => (
                <label key={key} htmlFor={props.id}>
                  <input {...props} />
                  {t(`centres.form.irccsChoice.${props.value}`)}
                </label>
              ),
            )}
          </div>
          <p className="hint">{t("centres.form.irccsHint")}</p>
          <ErrorList id={fields.irccs.errorId} errors={fields.irccs.errors} />
        </fieldset>
        <Field
          labelProps={{ children: t("centres.form.rorId") }}
          inputProps={{
            ...getInputProps(fields.rorId, { type: "text" }),
            placeholder: "https://ror.org/0…",
            spellCheck: false,
          }}
          errors={fields.rorId.errors}
          hint={t("centres.form.rorIdHint")}
        />
        <Field
          labelProps={{ children: t("centres.form.emailDomains") }}
          inputProps={{
            ...getInputProps(fields.emailDomains, { type: "text" }),
            maxLength: EMAIL_DOMAINS_FIELD_MAX,
            placeholder: "cnao.it",
            spellCheck: false,
            autoComplete: "off",
          }}
          errors={fields.emailDomains.errors}
          hint={t("centres.form.emailDomainsHint")}
        />
        <SelectField
          meta={fields.parentId}
          label={t("centres.form.parent")}
          options={parents.map((p) => ({ value: p.id, label: p.name }))}
          placeholder={t("centres.form.noParent")}
        />
      </fieldset>

      <fieldset>
        <legend>{t("centres.form.descriptions")}</legend>
        <TextareaField
          meta={fields.descriptionEn}
          label={t("centres.form.descriptionEn")}
          maxLength={DESCRIPTION_MAX}
        />
        <TextareaField
          meta={fields.descriptionIt}
          label={t("centres.form.descriptionIt")}
          maxLength={DESCRIPTION_MAX}
        />
      </fieldset>

      <fieldset>
        <legend>{t("centres.form.sources")}</legend>
        <p className="hint">{t("centres.form.sourcesHint")}</p>
        <ErrorList id={fields.sources.errorId} errors={fields.sources.errors} />
        {sourceRows.map((row, index) => {
          const f = row.getFieldset();
          return (
            <div key={row.key} className="row-fields source-row">
              <Field
                labelProps={{ children: t("centres.form.sourceN", { n: index + 1 }) }}
                inputProps={{
                  ...getInputProps(f.n, { type: "number" }),
                  min: 1,
                  max: 999,
                  step: 1,
                  inputMode: "numeric",
                }}
                errors={f.n.errors}
              />
              <Field
                labelProps={{ children: t("centres.form.sourceUrl", { n: index + 1 }) }}
                inputProps={{ ...getInputProps(f.url, { type: "url" }), maxLength: URL_MAX }}
                errors={f.url.errors}
              />
              <Field
                labelProps={{ children: t("centres.form.sourceTitle", { n: index + 1 }) }}
                inputProps={{ ...getInputProps(f.title, { type: "text" }), maxLength: SOURCE_TITLE_MAX }}
                errors={f.title.errors}
              />
              <Field
                labelProps={{ children: t("centres.form.sourceDate", { n: index + 1 }) }}
                inputProps={{ ...getInputProps(f.date, { type: "text" }), maxLength: 10, placeholder: "2025-11" }}
                errors={f.date.errors}
              />
              <SelectField
                meta={f.kind}
                label={t("centres.form.sourceKind", { n: index + 1 })}
                options={sourceKindOptions}
                placeholder={t("centres.form.noKind")}
              />
              <div className="row-actions">
                <button
                  className="button button-secondary"
                  {...form.remove.getButtonProps({ name: fields.sources.name, index })}
                >
                  {t("centres.form.remove")}{" "}
                  <span className="visually-hidden">{t("centres.form.sourceRow", { n: index + 1 })}</span>
                </button>
              </div>
            </div>
          );
        })}
        <button
          className="button button-secondary"
          disabled={sourceRows.length >= SOURCES_MAX}
          {...form.insert.getButtonProps({ name: fields.sources.name })}
        >
          {t("centres.form.addSource")}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t("centres.form.facts")}</legend>
        <p className="hint">{t("centres.form.factsHint")}</p>
        <ErrorList id={fields.facts.errorId} errors={fields.facts.errors} />
        {factRows.map((row, index) => {
          const f = row.getFieldset();
          return (
            <div key={row.key} className="question-row">
              <TextareaField
                meta={f.textEn}
                label={t("centres.form.factEn", { n: index + 1 })}
                maxLength={FACT_MAX}
                rows={2}
              />
              <TextareaField
                meta={f.textIt}
                label={t("centres.form.factIt", { n: index + 1 })}
                maxLength={FACT_MAX}
                rows={2}
              />
              <Field
                className="field form-narrow"
                labelProps={{ children: t("centres.form.factSources", { n: index + 1 }) }}
                inputProps={{
                  ...getInputProps(f.sources, { type: "text" }),
                  maxLength: 200,
                  placeholder: "1, 2",
                  inputMode: "numeric",
                }}
                errors={f.sources.errors}
                hint={t("centres.form.factSourcesHint")}
              />
              <button
                className="button button-secondary"
                {...form.remove.getButtonProps({ name: fields.facts.name, index })}
              >
                {t("centres.form.remove")}{" "}
                <span className="visually-hidden">{t("centres.form.factRow", { n: index + 1 })}</span>
              </button>
            </div>
          );
        })}
        <button
          className="button button-secondary"
          disabled={factRows.length >= FACTS_MAX}
          {...form.insert.getButtonProps({ name: fields.facts.name })}
        >
          {t("centres.form.addFact")}
        </button>
      </fieldset>

      <SubmitButton intent="save" pendingLabel={t("centres.form.saving")}>
        {submitLabel}
      </SubmitButton>
    </Form>
  );
}
