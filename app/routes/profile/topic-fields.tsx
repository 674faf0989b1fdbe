/**
 * The /profile form's interests fieldset: the chosen topics as chips (core or "also", each
 * removable) and the way to add more: with JavaScript a combobox
 * (catalogue/ui/topic-combobox.tsx), without it a search the server answers
 * (topic-search.tsx, topic-picker.server.ts).
 */
import { getCollectionProps, getInputProps } from "@conform-to/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorList } from "~/components/forms";
import { TopicCombobox, useHydrated } from "~/catalogue/ui/topic-combobox";
import type { ProfileFields, ProfileFormMetadata, TopicLabel } from "~/matching/profile-form";
import { TopicSearch, type TopicSearchAnswer } from "./topic-search";

/** The interests fieldset; `labels` are every topic's labels, `search` the server's answer to a search. */
export function TopicFields({
  form,
  fields,
  labels,
  search,
}: {
  form: ProfileFormMetadata;
  fields: ProfileFields;
  labels: Record<string, TopicLabel>;
  search: TopicSearchAnswer | undefined;
}) {
  const { t } = useTranslation("profile");
  const hydrated = useHydrated();
  const [picked, setPicked] = useState<Record<string, TopicLabel>>({});
  const interestRows = fields.interests.getFieldList();
  const chosen = new Set(
    interestRows.map((row) => row.getFieldset().topicId.value).filter((v): v is string => Boolean(v)),
  );
  const labelOf = (id: string | undefined) =>
    id ? (labels[id] ?? picked[id] ?? { label: id, parent: null }) : { label: "", parent: null };

  return (
    <fieldset id="interests">
      <legend>{t("topics.legend")}</legend>
      <p className="hint">{t("topics.hint")}</p>
      <ErrorList id={fields.interests.errorId} errors={fields.interests.errors} />
      {interestRows.length ? (
        <ul className="chip-list" aria-label={t("topics.chosenLabel")}>
          {interestRows.map((row, index) => {
            const f = row.getFieldset();
            const { label, parent } = labelOf(f.topicId.value);
            return (
              <li key={row.key} className="chip">
                <fieldset>
                  <legend>
                    {label} {parent ? <span className="parent">({parent})</span> : null}
                  </legend>
                  <input {...getInputProps(f.topicId, { type: "hidden" })} />
                  {getCollectionProps(f.weight, { type: "radio", options: ["CORE", "ALSO"] }).map(
                    ({ key, ...props }) => (
                      <label key={key} htmlFor={props.id}>
                        <input {...props} />
                        {t(`topics.weight.${props.value}`)}
                      </label>
                    ),
                  )}
                  <button
                    className="link-button"
                    {...form.remove.getButtonProps({ name: fields.interests.name, index })}
                  >
                    {t("topics.remove")} <span className="visually-hidden">{label}</span>
                  </button>
                </fieldset>
                <ErrorList id={f.topicId.errorId} errors={[...(f.topicId.errors ?? []), ...(f.weight.errors ?? [])]} />
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="notice">{t("topics.none")}</p>
      )}

      {hydrated ? (
        <TopicCombobox
          chosen={chosen}
          onPick={(hit) => {
            setPicked((p) => ({ ...p, [hit.id]: { label: hit.label, parent: hit.parentLabel } }));
            form.insert({ name: fields.interests.name, defaultValue: { topicId: hit.id, weight: "CORE" } });
          }}
        />
      ) : (
        <TopicSearch chosen={chosen} search={search} />
      )}
    </fieldset>
  );
}
