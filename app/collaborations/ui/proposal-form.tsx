/**
 * The collaboration proposal form (new and edit pages). Works without JavaScript: topics
 * and languages are multiple selects, kinds of partner checkboxes. Errors come from
 * app/collaborations/validation.ts.
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
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorList, Field, SubmitButton } from "~/components/forms";
import { namedOptions } from "~/platform/reference-lists";
import { SelectField, TextareaField, TopicOptions, type TopicOption } from "~/catalogue";
import { PARTNER_KINDS, PROPOSAL_TEXT_MAX, VISIBILITIES } from "../validation";

/** The form's fields as Conform sees them. */
export type ProposalFormValue = Record<string, string | string[] | undefined>;

function MultiSelect({
  meta,
  label,
  hint,
  children,
}: {
  meta: FieldMetadata<string[] | undefined>;
  label: string;
  hint?: string;
  children: ReactNode;
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

export function ProposalForm({
  form,
  topics,
  languages,
  submitLabel,
}: {
  form: FormMetadata<ProposalFormValue>;
  topics: TopicOption[];
  /** Language codes in order of their names in the UI language (`languageOrder`); named here. */
  languages: string;
  submitLabel: string;
}) {
  const { t, i18n } = useTranslation("collaborations");
  const f = form.getFieldset() as Record<string, FieldMetadata<unknown>>;
  const text = (name: string, type = "text", hint?: string) => {
    const meta = f[name] as FieldMetadata<string | undefined>;
    return (
      <Field
        labelProps={{ children: t(`form.fields.${name}`) }}
        inputProps={{ ...getInputProps(meta, { type: type as "text" }) }}
        errors={meta.errors}
        hint={hint}
      />
    );
  };
  const kinds = f.partnerKinds as FieldMetadata<string[] | undefined>;
  return (
    <Form method="post" {...getFormProps(form)}>
      <ErrorList id={form.errorId} errors={form.errors} />
      {text("title")}
      <TextareaField
        meta={f.summary as FieldMetadata<string | undefined>}
        label={t("form.fields.summary")}
        maxLength={PROPOSAL_TEXT_MAX}
        rows={6}
      />
      <TextareaField
        meta={f.expertise as FieldMetadata<string | undefined>}
        label={t("form.fields.expertise")}
        maxLength={PROPOSAL_TEXT_MAX}
        rows={4}
      />
      <MultiSelect
        meta={f.topics as FieldMetadata<string[] | undefined>}
        label={t("form.fields.topics")}
        hint={t("form.fields.topicsHint")}
      >
        <TopicOptions topics={topics} />
      </MultiSelect>
      <fieldset className="plain-fieldset">
        <legend>{t("form.fields.partnerKinds")}</legend>
        <div className="checkbox-row">
          {getCollectionProps(kinds, { type: "checkbox", options: [...PARTNER_KINDS] }).map(({ key, ...props }) => (
            <label key={key} htmlFor={props.id}>
              <input {...props} />
              {t(`kinds.${props.value}`)}
            </label>
          ))}
        </div>
        <ErrorList id={kinds.errorId} errors={kinds.errors} />
      </fieldset>
      <MultiSelect meta={f.languages as FieldMetadata<string[] | undefined>} label={t("form.fields.languages")}>
        {namedOptions("language", languages, i18n.language).map((l) => (
          <option key={l.value} value={l.value} suppressHydrationWarning>
            {l.label}
          </option>
        ))}
      </MultiSelect>
      <fieldset>
        <legend>{t("form.funding")}</legend>
        {text("fundingProgramme", "text", t("form.fields.fundingProgrammeHint"))}
        {text("fundingCallId", "text", t("form.fields.fundingCallIdHint"))}
        {text("fundingDeadline", "date")}
      </fieldset>
      <SelectField
        meta={f.visibility as FieldMetadata<string | undefined>}
        label={t("form.fields.visibility")}
        options={VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
      />
      <SubmitButton pendingLabel={t("form.saving")}>{submitLabel}</SubmitButton>
    </Form>
  );
}
