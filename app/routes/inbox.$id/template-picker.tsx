/**
 * The "use a template" form above a reply box of /inbox/:id (issue 17): a select of the
 * centre's message templates and a button. It is a GET form (`?template=<id>&for=<intent>`):
 * the server fills the template in for this request and the page comes back with the box
 * filled, with or without JavaScript (with it, Remix navigates without a reload). Shows
 * nothing when the centre has no templates.
 */
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SubmitButton } from "~/components/forms";

export function TemplatePicker({
  target,
  templates,
  chosen,
}: {
  /** The intent of the box it fills in. */
  target: string;
  templates: { id: string; name: string; language: string }[];
  /** The template the box was filled with, if it was this box. */
  chosen: string | null;
}) {
  const { t } = useTranslation("inbox");
  if (!templates.length) return null;
  const id = `template-${target}`;
  return (
    <Form method="get" className="template-picker" preventScrollReset>
      <input type="hidden" name="for" value={target} />
      <div className="field">
        <label htmlFor={id}>{t("templates.use")}</label>
        <div className="search-box">
          <select id={id} name="template" defaultValue={chosen ?? ""}>
            {templates.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({t(`templates.languages.${m.language}`)})
              </option>
            ))}
          </select>
          <SubmitButton formMethod="GET" className="button button-secondary" pendingLabel={t("templates.filling")}>
            {t("templates.fill")}
          </SubmitButton>
        </div>
      </div>
    </Form>
  );
}
