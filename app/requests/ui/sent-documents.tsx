/**
 * The documents sent with a request (its own copies, issue 16), with download links under
 * `base` (`/requests/<id>/files` for the applicant, `/inbox/<id>/files` for coordinators).
 */
import { useTranslation } from "react-i18next";
import { FileSize } from "./request-display";

/** One sent document as the pages receive it. */
export interface SentDocument {
  id: string;
  type: string;
  name: string | null;
  file: { id: string; filename: string; size: number; contentType: string };
}

/** Short format name of a stored file's type. */
function formatName(contentType: string): string {
  if (contentType === "image/jpeg") return "JPEG";
  if (contentType === "image/png") return "PNG";
  return "PDF";
}

export function SentDocuments({ documents, base }: { documents: SentDocument[]; base: string }) {
  const { t } = useTranslation("requests");
  if (!documents.length) return null;
  return (
    <>
      <h3>{t("wallet.sentTitle")}</h3>
      <ul className="sent-documents">
        {documents.map((d) => (
          <li key={d.id}>
            {d.name ?? t(`wallet.types.${d.type}`)}:{" "}
            <a href={`${base}/${d.file.id}`} download>
              {d.file.filename}
            </a>{" "}
            (<FileSize bytes={d.file.size} />, {formatName(d.file.contentType)})
          </li>
        ))}
      </ul>
    </>
  );
}
