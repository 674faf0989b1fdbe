/**
 * The coordinators' event form (new and edit pages). Works without JavaScript: topics,
 * co-organisers and languages are multiple selects; times are typed as HH:MM in Italian time
 * (decision 0030). Errors come from app/catalogue/event-validation.ts.
 */
import {
  getCollectionProps,
  getFormProps,
  getInputProps,
  getSelectProps,
  type FieldMetadata,
  type FormMetadata,
} from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { DESCRIPTION_MAX } from "~/catalogue/opportunity-validation";
import { EVENT_KINDS } from "~/catalogue/event-validation";
import { CAREER_STAGES, PROFESSIONS } from "~/catalogue/vocabulary";
import { namedOptions } from "~/platform/reference-lists";
import { TopicOptions, type TopicOption } from "./topic-options";
import { SelectField, TextareaField } from "./form-fields";

type Option = { value: string; label: string };

/** The form's fields as Conform sees them. */
export type EventFormValue = Record<string, string | string[] | undefined>;

function MultiSelect({
  meta,
  label,
  hint,
  children,
}: {
  meta: FieldMetadata<string[] | undefined>;
  label: string;
  hint?: string;
  children: React.ReactNode;
}) {
  const errorId = meta.errors?.length ? meta.errorId : undefined;
  const hintId = hint ? `${meta.id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={meta.id}>{label}</label>
      <select
        {...getSelectProps(meta)}
        multiple
        size={8}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      >
        {children}
      </select>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={meta.errors} />
    </div>
  );
}

export function EventForm({
  form,
  topics,
  centres,
  languages,
  submitLabel,
}: {
  form: FormMetadata<EventFormValue>;
  topics: TopicOption[];
  centres: Option[];
  /** Language codes in order of their names in the UI language (`languageOrder`); named here. */
  languages: string;
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation("events");
  const f = form.getFieldset() as Record<string, FieldMetadata<unknown>>;
  const text = (name: string, type = "text", hint?: string) => {
    const meta = f[name] as FieldMetadata<string | undefined>;
    return (
      <Field
        labelProps={{ children: t(`coordinator.fields.${name}`) }}
        inputProps={{ ...getInputProps(meta, { type: type as "text" }) }}
        errors={meta.errors}
        hint={hint}
      />
    );
  };
  const check = (name: string) => {
    const meta = f[name] as FieldMetadata<string | undefined>;
    return (
      <div className="field checkbox">
        <input {...getInputProps(meta, { type: "checkbox" })} />
        <label htmlFor={meta.id}>{t(`coordinator.fields.${name}`)}</label>
        <ErrorList id={meta.errorId} errors={meta.errors} />
      </div>
    );
  };
  return (
    <Form method="post" {...getFormProps(form)}>
      <ErrorList id={form.errorId} errors={form.errors} />
      <SelectField
        meta={f.kind as FieldMetadata<string | undefined>}
        label={t("coordinator.fields.kind")}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      {text("titleEn")}
      {text("titleIt")}
      <TextareaField
        meta={f.descriptionEn as FieldMetadata<string | undefined>}
        label={t("coordinator.fields.descriptionEn")}
        maxLength={DESCRIPTION_MAX}
      />
      <TextareaField
        meta={f.descriptionIt as FieldMetadata<string | undefined>}
        label={t("coordinator.fields.descriptionIt")}
        maxLength={DESCRIPTION_MAX}
      />
      <MultiSelect
        meta={f.topics as FieldMetadata<string[] | undefined>}
        label={t("coordinator.fields.topics")}
        hint={t("coordinator.fields.topicsHint")}
      >
        <TopicOptions topics={topics} />
      </MultiSelect>
      <MultiSelect
        meta={f.coOrganisers as FieldMetadata<string[] | undefined>}
        label={t("coordinator.fields.coOrganisers")}
      >
        {centres.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </MultiSelect>
      <fieldset>
        <legend>{t("page.when")}</legend>
        <p className="hint">{t("coordinator.fields.timeHint")}</p>
        {check("allDay")}
        {text("startDate", "date")}
        {text("startTime", "time")}
        {text("endDate", "date")}
        {text("endTime", "time")}
      </fieldset>
      <fieldset>
        <legend>{t("page.where")}</legend>
        {check("online")}
        {text("venue")}
        {text("address")}
        {text("city")}
        {text("onlineUrl", "url", t("coordinator.fields.onlineUrlHint"))}
      </fieldset>
      <MultiSelect meta={f.languages as FieldMetadata<string[] | undefined>} label={t("coordinator.fields.languages")}>
        {namedOptions("language", languages, i18n.language).map((l) => (
          <option key={l.value} value={l.value} suppressHydrationWarning>
            {l.label}
          </option>
        ))}
      </MultiSelect>
      <fieldset>
        <legend>{t("coordinator.fields.audience")}</legend>
        <p className="hint">{t("coordinator.fields.audienceHint")}</p>
        {(
          [
            ["professions", PROFESSIONS, "common:profession"],
            ["careerStages", CAREER_STAGES, "common:careerStage"],
          ] as const
        ).map(([name, options, labels]) => {
          const meta = f[name] as FieldMetadata<string[] | undefined>;
          return (
            <fieldset key={name} className="plain-fieldset">
              <legend>{t(`coordinator.fields.${name}`)}</legend>
              <div className="checkbox-row">
                {getCollectionProps(meta, { type: "checkbox", options: [...options] }).map(({ key, ...props }) => (
                  <label key={key} htmlFor={props.id}>
                    <input {...props} />
                    {t(`${labels}.${props.value}`)}
                  </label>
                ))}
              </div>
              <ErrorList id={meta.errorId} errors={meta.errors} />
            </fieldset>
          );
        })}
      </fieldset>
      {text("capacity", "number", t("coordinator.fields.capacityHint"))}
      {text("deadlineDate", "date", t("coordinator.fields.deadlineHint"))}
      {text("deadlineTime", "time")}
      {text("externalUrl", "url", t("coordinator.fields.externalUrlHint"))}
      <SelectField
        meta={f.feeKind as FieldMetadata<string | undefined>}
        label={t("coordinator.fields.feeKind")}
        placeholder={t("coordinator.fields.feeUnknown")}
        options={[
          { value: "FREE", label: t("coordinator.fields.feeFree") },
          { value: "PAID", label: t("coordinator.fields.feePaid") },
        ]}
      />
      {text("feeAmount")}
      {text("contactName")}
      {text("contactEmail", "email")}
      <SubmitButton pendingLabel={t("coordinator.saving")}>{submitLabel}</SubmitButton>
    </Form>
  );
}
